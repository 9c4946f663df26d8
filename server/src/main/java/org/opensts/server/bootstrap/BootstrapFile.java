package org.opensts.server.bootstrap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensts.application.port.in.admin.ProvisionAccountCommand;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.KeySpec;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.RoleSpec;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.UserSpec;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.ManagedPolicySpec;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.MfaDeviceSpec;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.OidcProviderSpec;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.RoleSettings;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.SamlProviderSpec;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.UserPolicies;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.SecretAccessKey;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.organization.Organization;
import org.opensts.domain.organization.OrganizationFeature;

/**
 * Reads the bootstrap file (see README) into one provisioning command per account. Unknown fields,
 * missing fields and wrong types are refused with the JSON path of the entry, so a typo never
 * silently drops a key or a policy.
 */
final class BootstrapFile {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final Path path;
  // The providers' inline keys (openIdConnectProviders[].jwks), by issuer URL as written.
  private final Map<String, String> inlineJwks = new LinkedHashMap<>();
  // The accounts that say "outboundWebIdentityFederation": true.
  private final List<AccountId> outboundFederation = new ArrayList<>();
  // The organizations ("organizations"), made of the file's accounts.
  private final List<Organization> organizations = new ArrayList<>();

  private BootstrapFile(Path path) {
    this.path = path;
  }

  /** One account of the file: what the account provisioning takes, then its other IAM entities. */
  record Account(ProvisionAccountCommand account, ProvisionIamEntitiesCommand iamEntities) {}

  /** The accounts whose outbound identity federation is enabled from the start. */
  static List<AccountId> outboundFederation(Path path) {
    BootstrapFile file = new BootstrapFile(path);
    file.read();
    return List.copyOf(file.outboundFederation);
  }

  static List<Account> read(Path path) {
    return new BootstrapFile(path).read();
  }

  /** The organizations the file declares, each made of accounts the file declares. */
  static List<Organization> organizations(Path path) {
    BootstrapFile file = new BootstrapFile(path);
    file.read();
    return List.copyOf(file.organizations);
  }

  /**
   * The JWKS documents the file gives inline for its OIDC providers, by issuer URL: keys for
   * issuers the server must not fetch keys from.
   */
  static Map<String, String> inlineJwks(Path path) {
    BootstrapFile file = new BootstrapFile(path);
    file.read();
    return Map.copyOf(file.inlineJwks);
  }

  private List<Account> read() {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(path));
    } catch (JsonProcessingException e) {
      throw fail("$", "not valid JSON: " + e.getOriginalMessage());
    } catch (NoSuchFileException e) {
      throw new BootstrapException("Bootstrap file " + path + " does not exist");
    } catch (IOException e) {
      throw new BootstrapException("Bootstrap file " + path + " cannot be read: " + e);
    }
    if (root == null || !root.isObject()) {
      throw fail("$", "the file must hold a JSON object");
    }
    fields(root, "$", Set.of("accounts", "organizations"));
    List<Account> accounts = list(root, "$", "accounts", true, this::account);
    Set<AccountId> declared = new HashSet<>();
    accounts.forEach(account -> declared.add(account.account().accountId()));
    List<Organization> declaredOrganizations =
        list(root, "$", "organizations", false, (node, at) -> organization(node, at, declared));
    requireDisjoint(declaredOrganizations, declared);
    organizations.addAll(declaredOrganizations);
    return accounts;
  }

  /** An account belongs to one organization at most. */
  private void requireDisjoint(List<Organization> declaredOrganizations, Set<AccountId> accounts) {
    for (int i = 0; i < declaredOrganizations.size(); i++) {
      Organization organization = declaredOrganizations.get(i);
      for (Organization earlier : declaredOrganizations.subList(0, i)) {
        for (AccountId account : accounts) {
          if (isIn(earlier, account) && isIn(organization, account)) {
            throw fail(
                "$.organizations[" + i + "]",
                "account " + account + " is already in organization " + earlier.id());
          }
        }
      }
    }
  }

  /**
   * An organization: its accounts must be accounts of the file, and its features IAM's names
   * ({@code RootCredentialsManagement}, {@code RootSessions}).
   */
  private Organization organization(JsonNode node, String at, Set<AccountId> declared) {
    fields(node, at, Set.of("id", "managementAccount", "memberAccounts", "enabledFeatures"));
    String id = text(node, at, "id", true);
    AccountId management =
        declaredAccount(
            text(node, at, "managementAccount", true), at + ".managementAccount", declared);
    Set<AccountId> members = new HashSet<>();
    List<String> memberIds = strings(node, at, "memberAccounts");
    for (int i = 0; i < memberIds.size(); i++) {
      members.add(declaredAccount(memberIds.get(i), at + ".memberAccounts[" + i + "]", declared));
    }
    Set<OrganizationFeature> features = EnumSet.noneOf(OrganizationFeature.class);
    List<String> featureNames = strings(node, at, "enabledFeatures");
    for (int i = 0; i < featureNames.size(); i++) {
      String name = featureNames.get(i);
      String featureAt = at + ".enabledFeatures[" + i + "]";
      features.add(
          OrganizationFeature.named(name)
              .orElseThrow(
                  () ->
                      fail(
                          featureAt,
                          "a feature is RootCredentialsManagement or RootSessions, not '"
                              + name
                              + "'")));
    }
    try {
      return new Organization(id, management, members, features);
    } catch (IllegalArgumentException e) {
      throw fail(at, e.getMessage());
    }
  }

  private static boolean isIn(Organization organization, AccountId account) {
    return organization.managementAccount().equals(account) || organization.isMember(account);
  }

  private AccountId declaredAccount(String id, String at, Set<AccountId> declared) {
    if (!AccountId.isValid(id) || !declared.contains(AccountId.of(id))) {
      throw fail(at, "'" + id + "' is not an account of this file");
    }
    return AccountId.of(id);
  }

  private Account account(JsonNode node, String at) {
    fields(
        node,
        at,
        Set.of(
            "accountId",
            "alias",
            "rootAccessKeys",
            "users",
            "roles",
            "managedPolicies",
            "openIdConnectProviders",
            "samlProviders",
            "mfaDevices",
            "outboundWebIdentityFederation"));
    String id = text(node, at, "accountId", true);
    if (!AccountId.isValid(id)) {
      throw fail(at + ".accountId", "an account id is 12 digits, not '" + id + "'");
    }
    AccountId accountId = AccountId.of(id);
    if (flag(node, at, "outboundWebIdentityFederation")) {
      outboundFederation.add(accountId);
    }
    List<UserSpec> users = list(node, at, "users", false, this::user);
    List<RoleSpec> roles = list(node, at, "roles", false, this::role);
    ProvisionAccountCommand account =
        new ProvisionAccountCommand(
            accountId,
            text(node, at, "alias", false),
            list(node, at, "rootAccessKeys", false, this::key),
            users,
            roles);
    ProvisionIamEntitiesCommand iamEntities =
        new ProvisionIamEntitiesCommand(
            accountId,
            list(node, at, "managedPolicies", false, this::managedPolicy),
            list(node, at, "users", false, this::userPolicies),
            list(node, at, "roles", false, this::roleSettings),
            list(node, at, "openIdConnectProviders", false, this::oidcProvider),
            list(node, at, "samlProviders", false, this::samlProvider),
            list(node, at, "mfaDevices", false, this::mfaDevice));
    return new Account(account, iamEntities);
  }

  private ManagedPolicySpec managedPolicy(JsonNode node, String at) {
    fields(node, at, Set.of("name", "path", "description", "document", "tags"));
    JsonNode document = node.get("document");
    if (document == null) {
      throw fail(at + ".document", "missing");
    }
    return new ManagedPolicySpec(
        text(node, at, "name", true),
        text(node, at, "path", false),
        text(node, at, "description", false),
        document(document, at + ".document"),
        list(node, at, "tags", false, this::tag));
  }

  private UserPolicies userPolicies(JsonNode node, String at) {
    return new UserPolicies(text(node, at, "name", true), strings(node, at, "attachedPolicies"));
  }

  private RoleSettings roleSettings(JsonNode node, String at) {
    return new RoleSettings(
        text(node, at, "name", true),
        text(node, at, "description", false),
        text(node, at, "permissionsBoundary", false),
        strings(node, at, "attachedPolicies"));
  }

  private OidcProviderSpec oidcProvider(JsonNode node, String at) {
    fields(node, at, Set.of("url", "clientIds", "thumbprints", "jwks"));
    JsonNode jwks = node.get("jwks");
    if (jwks != null) {
      if (!jwks.isObject() || !jwks.path("keys").isArray()) {
        throw fail(at + ".jwks", "a JWKS is a JSON object with a \"keys\" array");
      }
      String url = text(node, at, "url", true);
      String previous = inlineJwks.putIfAbsent(url, jwks.toString());
      if (previous != null && !previous.equals(jwks.toString())) {
        throw fail(at + ".jwks", "another entry gives other keys for " + url);
      }
    }
    return new OidcProviderSpec(
        text(node, at, "url", true),
        strings(node, at, "clientIds"),
        strings(node, at, "thumbprints"));
  }

  private SamlProviderSpec samlProvider(JsonNode node, String at) {
    fields(node, at, Set.of("name", "metadataDocument", "metadataFile"));
    String name = text(node, at, "name", true);
    String document = text(node, at, "metadataDocument", false);
    String file = text(node, at, "metadataFile", false);
    if ((document == null) == (file == null)) {
      throw fail(at, "give either metadataDocument (the XML) or metadataFile (its path), not both");
    }
    if (file != null) {
      Path base = path.toAbsolutePath().getParent();
      Path metadata = base == null ? Path.of(file) : base.resolve(file);
      try {
        document = Files.readString(metadata);
      } catch (IOException e) {
        throw fail(at + ".metadataFile", "cannot read " + metadata + ": " + e);
      }
    }
    return new SamlProviderSpec(name, document);
  }

  private MfaDeviceSpec mfaDevice(JsonNode node, String at) {
    fields(node, at, Set.of("name", "path", "seed", "user"));
    return new MfaDeviceSpec(
        text(node, at, "name", true),
        text(node, at, "path", false),
        text(node, at, "seed", true),
        text(node, at, "user", false));
  }

  private List<String> strings(JsonNode node, String at, String field) {
    JsonNode array = node.get(field);
    if (array == null) {
      return List.of();
    }
    if (!array.isArray()) {
      throw fail(at + "." + field, "must be an array of strings");
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!array.get(i).isTextual()) {
        throw fail(at + "." + field + "[" + i + "]", "must be a string");
      }
      values.add(array.get(i).textValue());
    }
    return values;
  }

  private KeySpec key(JsonNode node, String at) {
    fields(node, at, Set.of("accessKeyId", "secretAccessKey"));
    String secret = text(node, at, "secretAccessKey", true);
    if (secret.isEmpty()) {
      throw fail(at + ".secretAccessKey", "must not be empty");
    }
    return new KeySpec(
        new AccessKeyId(text(node, at, "accessKeyId", true)), new SecretAccessKey(secret));
  }

  private UserSpec user(JsonNode node, String at) {
    fields(
        node,
        at,
        Set.of("name", "path", "accessKeys", "inlinePolicies", "attachedPolicies", "tags"));
    return new UserSpec(
        text(node, at, "name", true),
        path(node, at),
        list(node, at, "accessKeys", false, this::key),
        policies(node, at),
        list(node, at, "tags", false, this::tag));
  }

  private RoleSpec role(JsonNode node, String at) {
    fields(
        node,
        at,
        Set.of(
            "name",
            "path",
            "description",
            "trustPolicy",
            "inlinePolicies",
            "attachedPolicies",
            "permissionsBoundary",
            "maxSessionDuration",
            "tags"));
    JsonNode trust = node.get("trustPolicy");
    if (trust == null) {
      throw fail(at + ".trustPolicy", "missing");
    }
    JsonNode max = node.get("maxSessionDuration");
    if (max != null && !max.canConvertToInt()) {
      throw fail(at + ".maxSessionDuration", "must be a number of seconds");
    }
    return new RoleSpec(
        text(node, at, "name", true),
        path(node, at),
        document(trust, at + ".trustPolicy"),
        policies(node, at),
        max == null ? Role.DEFAULT_MAX_SESSION_DURATION : Duration.ofSeconds(max.intValue()),
        list(node, at, "tags", false, this::tag));
  }

  private Tag tag(JsonNode node, String at) {
    fields(node, at, Set.of("key", "value"));
    return new Tag(text(node, at, "key", true), text(node, at, "value", false));
  }

  private IamPath path(JsonNode node, String at) {
    String path = text(node, at, "path", false);
    try {
      return IamPath.of(path);
    } catch (IllegalArgumentException e) {
      throw fail(at + ".path", e.getMessage());
    }
  }

  private Map<String, String> policies(JsonNode node, String at) {
    JsonNode policies = node.get("inlinePolicies");
    Map<String, String> documents = new LinkedHashMap<>();
    if (policies == null) {
      return documents;
    }
    if (!policies.isObject()) {
      throw fail(at + ".inlinePolicies", "must be an object of policy name to policy document");
    }
    policies
        .fields()
        .forEachRemaining(
            e ->
                documents.put(
                    e.getKey(), document(e.getValue(), at + ".inlinePolicies." + e.getKey())));
    return documents;
  }

  /** A policy is written either as a JSON object or as the document's text in a string. */
  private String document(JsonNode node, String at) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isObject()) {
      return node.toString();
    }
    throw fail(at, "a policy document is a JSON object or a string holding one");
  }

  private <T> List<T> list(
      JsonNode node, String at, String field, boolean required, Entry<T> entry) {
    JsonNode array = node.get(field);
    if (array == null && !required) {
      return List.of();
    }
    if (array == null || !array.isArray()) {
      throw fail(at + "." + field, array == null ? "missing" : "must be an array");
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      String itemAt = at + "." + field + "[" + i + "]";
      if (!item.isObject()) {
        throw fail(itemAt, "must be an object");
      }
      items.add(entry.read(item, itemAt));
    }
    return items;
  }

  /** An optional boolean, false when absent. */
  private boolean flag(JsonNode node, String at, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      throw fail(at + "." + field, "must be true or false");
    }
    return value.booleanValue();
  }

  private String text(JsonNode node, String at, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw fail(at + "." + field, "missing");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw fail(at + "." + field, "must be a string");
    }
    return value.textValue();
  }

  private void fields(JsonNode node, String at, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw fail(
            at + "." + name,
            "unknown field; expected one of " + allowed.stream().sorted().toList());
      }
    }
  }

  private BootstrapException fail(String at, String what) {
    return new BootstrapException("Bootstrap file " + path + ": " + at + ": " + what);
  }

  @FunctionalInterface
  private interface Entry<T> {
    T read(JsonNode node, String at);
  }
}
