package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.spec.SecretKeySpec;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.domain.account.Account;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.SealingKey;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.SamlProvider;
import org.opensts.domain.iam.User;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.organization.Organization;
import org.opensts.domain.organization.OrganizationFeature;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;
import org.opensts.domain.secret.SecretBox;
import org.opensts.domain.webtoken.OutboundFederation;
import org.opensts.domain.webtoken.SigningAlgorithm;
import org.opensts.domain.webtoken.WebTokenSigningKey;

/**
 * The change records of the data directory, format 2, and their mapping to and from the domain.
 *
 * <p>A record is one JSON object: {@code format} (2; records of format 1 still read), {@code type}
 * (one of the constants below), {@code op} ({@code put} or {@code delete}), the entity's key
 * fields, and for a put the entity as {@code value}. Policy documents are kept as their original
 * text and parsed again on load; secret access keys, MFA seeds, sealing keys and the private halves
 * of web token signing keys are sealed by {@link SecretBox} with the record's type and key as
 * additional data.
 */
final class ChangeRecords {

  /** The format written. Format 2 added the three types of {@link #SINCE_FORMAT_2}. */
  static final int FORMAT = 2;

  static final String ACCOUNT = "account";
  static final String USER = "user";
  static final String ROLE = "role";
  static final String ACCESS_KEY = "accessKey";
  static final String POLICY = "policy";
  static final String OIDC_PROVIDER = "oidcProvider";
  static final String SAML_PROVIDER = "samlProvider";
  static final String MFA_DEVICE = "mfaDevice";
  static final String SEALING_KEY = "sealingKey";
  static final String WEB_TOKEN_KEY = "webTokenKey";
  static final String OUTBOUND_FEDERATION = "outboundFederation";
  static final String ORGANIZATION = "organization";
  static final String PUT = "put";
  static final String DELETE = "delete";

  /** The key fields of each type, in the order they identify an entity. */
  private static final Map<String, List<String>> KEY_FIELDS =
      Map.ofEntries(
          Map.entry(ACCOUNT, List.of("id")),
          Map.entry(USER, List.of("account", "name")),
          Map.entry(ROLE, List.of("account", "name")),
          Map.entry(ACCESS_KEY, List.of("id")),
          Map.entry(POLICY, List.of("arn")),
          Map.entry(OIDC_PROVIDER, List.of("account", "url")),
          Map.entry(SAML_PROVIDER, List.of("account", "name")),
          Map.entry(MFA_DEVICE, List.of("account", "serialNumber")),
          Map.entry(SEALING_KEY, List.of("id")),
          Map.entry(WEB_TOKEN_KEY, List.of("id")),
          Map.entry(OUTBOUND_FEDERATION, List.of("account")),
          Map.entry(ORGANIZATION, List.of("id")));

  /** The types a format 1 record cannot have: a format 1 reader does not know them. */
  private static final Set<String> SINCE_FORMAT_2 =
      Set.of(WEB_TOKEN_KEY, OUTBOUND_FEDERATION, ORGANIZATION);

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SecretBox secrets;
  private final PolicyDocumentParser parser;

  ChangeRecords(SecretBox secrets, PolicyDocumentParser parser) {
    this.secrets = secrets;
    this.parser = parser;
  }

  // Envelopes.

  static ObjectNode delete(String type, String... key) {
    return envelope(type, DELETE, key);
  }

  private static ObjectNode put(String type, ObjectNode value, String... key) {
    ObjectNode record = envelope(type, PUT, key);
    record.set("value", value);
    return record;
  }

  private static ObjectNode envelope(String type, String op, String... key) {
    List<String> fields = KEY_FIELDS.get(type);
    ObjectNode record = JSON.objectNode();
    record.put("format", FORMAT);
    record.put("type", type);
    record.put("op", op);
    for (int i = 0; i < fields.size(); i++) {
      record.put(fields.get(i), key[i]);
    }
    return record;
  }

  static String type(JsonNode record) {
    return text(record, "type");
  }

  static boolean isPut(JsonNode record) {
    String op = text(record, "op");
    if (!op.equals(PUT) && !op.equals(DELETE)) {
      throw new IllegalArgumentException("unknown op " + op);
    }
    return op.equals(PUT);
  }

  /**
   * What the record is about, the same for every record of one entity: type and key, with the names
   * of users and roles in lower case as IAM compares them.
   */
  static String identity(JsonNode record) {
    int format = record.path("format").asInt();
    if (format < 1 || format > FORMAT) {
      throw new IllegalArgumentException("unsupported format " + record.path("format"));
    }
    String type = type(record);
    List<String> fields = KEY_FIELDS.get(type);
    if (fields == null || (format < 2 && SINCE_FORMAT_2.contains(type))) {
      throw new IllegalArgumentException("unknown type " + type + " in format " + format);
    }
    StringBuilder identity = new StringBuilder(type);
    for (String field : fields) {
      String value = text(record, field);
      boolean caseless = (type.equals(USER) || type.equals(ROLE)) && field.equals("name");
      identity.append('\n').append(caseless ? value.toLowerCase(Locale.ROOT) : value);
    }
    return identity.toString();
  }

  /** The additional data of a sealed value: it binds the value to its record. */
  private static String associatedData(String type, String... key) {
    return "opensts:" + type + ":" + String.join(":", key);
  }

  // Accounts.

  static ObjectNode put(Account account) {
    ObjectNode value = JSON.objectNode();
    value.put("alias", account.alias());
    value.put("createDate", account.createDate().toString());
    return put(ACCOUNT, value, account.id().value());
  }

  static Account account(JsonNode record) {
    JsonNode value = value(record);
    return new Account(
        AccountId.of(text(record, "id")), text(value, "alias"), instant(value, "createDate"));
  }

  // Users and roles.

  static ObjectNode put(User user) {
    ObjectNode value = JSON.objectNode();
    value.put("userId", user.userId());
    value.put("path", user.path().value());
    value.put("name", user.name());
    value.set("inlinePolicies", documents(user.inlinePolicies()));
    value.set("tags", tags(user.tags()));
    value.put("createDate", user.createDate().toString());
    return put(USER, value, user.account().value(), user.name());
  }

  User user(JsonNode record) {
    JsonNode value = value(record);
    return new User(
        AccountId.of(text(record, "account")),
        text(value, "userId"),
        new IamPath(text(value, "path")),
        text(value, "name"),
        documents(value.path("inlinePolicies")),
        tags(value.path("tags")),
        instant(value, "createDate"));
  }

  static ObjectNode put(Role role) {
    ObjectNode value = JSON.objectNode();
    value.put("roleId", role.roleId());
    value.put("path", role.path().value());
    value.put("name", role.name());
    value.put("description", role.description());
    value.put("trustPolicy", role.trustPolicy().text());
    value.set("inlinePolicies", documents(role.inlinePolicies()));
    value.put("maxSessionDurationSeconds", role.maxSessionDuration().toSeconds());
    value.put("permissionsBoundary", role.permissionsBoundary().policyArn());
    value.set("tags", tags(role.tags()));
    value.put("createDate", role.createDate().toString());
    return put(ROLE, value, role.account().value(), role.name());
  }

  Role role(JsonNode record) {
    JsonNode value = value(record);
    return new Role(
        AccountId.of(text(record, "account")),
        text(value, "roleId"),
        new IamPath(text(value, "path")),
        text(value, "name"),
        text(value, "description"),
        parser.parse(text(value, "trustPolicy"), PolicyKind.TRUST),
        documents(value.path("inlinePolicies")),
        Duration.ofSeconds(value.path("maxSessionDurationSeconds").asLong()),
        new PermissionsBoundary(text(value, "permissionsBoundary")),
        tags(value.path("tags")),
        instant(value, "createDate"));
  }

  // Access keys.

  ObjectNode put(AccessKey key) {
    String id = key.id().value();
    ObjectNode value = JSON.objectNode();
    value.put(
        "secret",
        secrets.seal(
            key.secret().value().getBytes(StandardCharsets.UTF_8), associatedData(ACCESS_KEY, id)));
    value.set("owner", principal(key.owner()));
    value.put("status", key.status().name());
    value.put("createDate", key.createDate().toString());
    return put(ACCESS_KEY, value, id);
  }

  AccessKey accessKey(JsonNode record) throws SecretBox.WrongKeyException {
    String id = text(record, "id");
    JsonNode value = value(record);
    byte[] secret = secrets.open(text(value, "secret"), associatedData(ACCESS_KEY, id));
    return new AccessKey(
        new AccessKeyId(id),
        new SecretAccessKey(new String(secret, StandardCharsets.UTF_8)),
        principal(value.path("owner")),
        AccessKeyStatus.valueOf(text(value, "status")),
        instant(value, "createDate"));
  }

  private static ObjectNode principal(Principal owner) {
    ObjectNode node = JSON.objectNode();
    node.put("account", owner.account().value());
    if (owner instanceof AccountRootPrincipal) {
      node.put("kind", "root");
    } else if (owner instanceof IamUserPrincipal user) {
      node.put("kind", "user");
      node.put("userId", user.userId());
      node.put("path", user.path().value());
      node.put("userName", user.userName());
    } else {
      throw new IllegalArgumentException("An access key belongs to a root or a user: " + owner);
    }
    return node;
  }

  private static Principal principal(JsonNode node) {
    AccountId account = AccountId.of(text(node, "account"));
    String kind = text(node, "kind");
    if (kind.equals("root")) {
      return new AccountRootPrincipal(account);
    }
    if (kind.equals("user")) {
      return new IamUserPrincipal(
          account, text(node, "userId"), new IamPath(text(node, "path")), text(node, "userName"));
    }
    throw new IllegalArgumentException("unknown owner kind " + kind);
  }

  // Managed policies.

  static ObjectNode put(ManagedPolicy policy) {
    ObjectNode value = JSON.objectNode();
    value.put("account", policy.account().value());
    value.put("policyId", policy.policyId());
    value.put("path", policy.path().value());
    value.put("name", policy.name());
    value.put("description", policy.description());
    value.put("document", policy.document().text());
    value.set("tags", tags(policy.tags()));
    value.put("createDate", policy.createDate().toString());
    value.set("attachedTo", strings(policy.attachedTo()));
    return put(POLICY, value, policy.arn().toString());
  }

  ManagedPolicy policy(JsonNode record) {
    JsonNode value = value(record);
    return new ManagedPolicy(
        AccountId.of(text(value, "account")),
        text(value, "policyId"),
        new IamPath(text(value, "path")),
        text(value, "name"),
        text(value, "description"),
        parser.parse(text(value, "document"), PolicyKind.IDENTITY),
        tags(value.path("tags")),
        instant(value, "createDate"),
        strings(value.path("attachedTo")));
  }

  // Identity providers.

  static ObjectNode put(OpenIdConnectProvider provider) {
    ObjectNode value = JSON.objectNode();
    value.set("clientIds", strings(provider.clientIds()));
    value.set("thumbprints", strings(provider.thumbprints()));
    value.set("tags", tags(provider.tags()));
    value.put("createDate", provider.createDate().toString());
    return put(OIDC_PROVIDER, value, provider.account().value(), provider.url());
  }

  static OpenIdConnectProvider oidcProvider(JsonNode record) {
    JsonNode value = value(record);
    return new OpenIdConnectProvider(
        AccountId.of(text(record, "account")),
        text(record, "url"),
        strings(value.path("clientIds")),
        strings(value.path("thumbprints")),
        tags(value.path("tags")),
        instant(value, "createDate"));
  }

  static ObjectNode put(SamlProvider provider) {
    ObjectNode value = JSON.objectNode();
    value.put("metadataDocument", provider.metadataDocument());
    value.put("entityId", provider.entityId());
    value.set("certificates", strings(provider.certificates()));
    value.put("createDate", provider.createDate().toString());
    value.put("validUntil", provider.validUntil().toString());
    value.set("tags", tags(provider.tags()));
    return put(SAML_PROVIDER, value, provider.account().value(), provider.name());
  }

  static SamlProvider samlProvider(JsonNode record) {
    JsonNode value = value(record);
    return new SamlProvider(
        AccountId.of(text(record, "account")),
        text(record, "name"),
        text(value, "metadataDocument"),
        text(value, "entityId"),
        strings(value.path("certificates")),
        instant(value, "createDate"),
        instant(value, "validUntil"),
        tags(value.path("tags")));
  }

  // MFA devices.

  ObjectNode put(VirtualMfaDevice device) {
    String account = device.account().value();
    String serialNumber = device.serialNumber().toString();
    ObjectNode value = JSON.objectNode();
    value.put("path", device.path().value());
    value.put("name", device.name());
    value.put(
        "seed",
        secrets.seal(
            device.seed().getBytes(StandardCharsets.US_ASCII),
            associatedData(MFA_DEVICE, account, serialNumber)));
    value.set("tags", tags(device.tags()));
    if (device.isEnabled()) {
      ObjectNode assignment = value.putObject("assignment");
      assignment.put("userName", device.assignment().userName());
      assignment.put("enableDate", device.assignment().enableDate().toString());
    }
    value.put("lastAcceptedStep", device.lastAcceptedStep());
    return put(MFA_DEVICE, value, account, serialNumber);
  }

  VirtualMfaDevice mfaDevice(JsonNode record) throws SecretBox.WrongKeyException {
    String account = text(record, "account");
    JsonNode value = value(record);
    byte[] seed =
        secrets.open(
            text(value, "seed"), associatedData(MFA_DEVICE, account, text(record, "serialNumber")));
    JsonNode assignment = value.path("assignment");
    return new VirtualMfaDevice(
        AccountId.of(account),
        new IamPath(text(value, "path")),
        text(value, "name"),
        new String(seed, StandardCharsets.US_ASCII),
        tags(value.path("tags")),
        assignment.isObject()
            ? new VirtualMfaDevice.Assignment(
                text(assignment, "userName"), instant(assignment, "enableDate"))
            : VirtualMfaDevice.Assignment.NONE,
        value.path("lastAcceptedStep").asLong());
  }

  // Sealing keys.

  ObjectNode put(SealingKey key, Instant createDate) {
    ObjectNode value = JSON.objectNode();
    value.put("key", secrets.seal(key.key().getEncoded(), associatedData(SEALING_KEY, key.id())));
    value.put("createDate", createDate.toString());
    return put(SEALING_KEY, value, key.id());
  }

  SealingKey sealingKey(JsonNode record) throws SecretBox.WrongKeyException {
    String id = text(record, "id");
    byte[] key = secrets.open(text(value(record), "key"), associatedData(SEALING_KEY, id));
    return new SealingKey(id, new SecretKeySpec(key, "AES"));
  }

  static Instant sealingKeyCreateDate(JsonNode record) {
    return instant(value(record), "createDate");
  }

  // Web token signing keys: the public half as X.509, the private half as PKCS#8, sealed.

  ObjectNode put(WebTokenSigningKey key) {
    String id = key.keyId();
    ObjectNode value = JSON.objectNode();
    value.put("algorithm", key.algorithm().name());
    value.put(
        "publicKey", Base64.getEncoder().encodeToString(key.keyPair().getPublic().getEncoded()));
    value.put(
        "privateKey",
        secrets.seal(key.keyPair().getPrivate().getEncoded(), associatedData(WEB_TOKEN_KEY, id)));
    value.put("createDate", key.createdAt().toString());
    return put(WEB_TOKEN_KEY, value, id);
  }

  /**
   * The key as the ring keeps it: its retirement follows from the next key, not from its record.
   */
  WebTokenSigningKey webTokenKey(JsonNode record) throws SecretBox.WrongKeyException {
    String id = text(record, "id");
    JsonNode value = value(record);
    String algorithmName = text(value, "algorithm");
    SigningAlgorithm algorithm =
        SigningAlgorithm.named(algorithmName)
            .orElseThrow(() -> new IllegalArgumentException("unknown algorithm " + algorithmName));
    byte[] privateKey = secrets.open(text(value, "privateKey"), associatedData(WEB_TOKEN_KEY, id));
    try {
      KeyFactory factory =
          KeyFactory.getInstance(algorithm == SigningAlgorithm.RS256 ? "RSA" : "EC");
      KeyPair keyPair =
          new KeyPair(
              factory.generatePublic(
                  new X509EncodedKeySpec(Base64.getDecoder().decode(text(value, "publicKey")))),
              factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
      return new WebTokenSigningKey(id, algorithm, keyPair, instant(value, "createDate"), null);
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException("not a " + algorithm + " key pair: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no " + algorithm + " keys", e);
    } finally {
      Arrays.fill(privateKey, (byte) 0);
    }
  }

  // Outbound federation.

  static ObjectNode put(OutboundFederation federation) {
    ObjectNode value = JSON.objectNode();
    value.put("issuerId", federation.issuerId());
    value.put("enabled", federation.enabled());
    return put(OUTBOUND_FEDERATION, value, federation.account().value());
  }

  static OutboundFederation outboundFederation(JsonNode record) {
    JsonNode value = value(record);
    JsonNode enabled = value.get("enabled");
    if (enabled == null || !enabled.isBoolean()) {
      throw new IllegalArgumentException("missing boolean field 'enabled'");
    }
    return new OutboundFederation(
        AccountId.of(text(record, "account")), text(value, "issuerId"), enabled.asBoolean());
  }

  // Organizations: accounts sorted, features by their IAM names in declaration order.

  static ObjectNode put(Organization organization) {
    ObjectNode value = JSON.objectNode();
    value.put("managementAccount", organization.managementAccount().value());
    value.set(
        "memberAccounts",
        strings(organization.memberAccounts().stream().map(AccountId::value).sorted().toList()));
    value.set(
        "enabledFeatures",
        strings(
            Arrays.stream(OrganizationFeature.values())
                .filter(organization::isEnabled)
                .map(OrganizationFeature::wireName)
                .toList()));
    return put(ORGANIZATION, value, organization.id());
  }

  static Organization organization(JsonNode record) {
    JsonNode value = value(record);
    Set<OrganizationFeature> features = EnumSet.noneOf(OrganizationFeature.class);
    for (String name : strings(value.path("enabledFeatures"))) {
      features.add(
          OrganizationFeature.named(name)
              .orElseThrow(() -> new IllegalArgumentException("unknown feature " + name)));
    }
    return new Organization(
        text(record, "id"),
        AccountId.of(text(value, "managementAccount")),
        strings(value.path("memberAccounts")).stream()
            .map(AccountId::of)
            .collect(Collectors.toSet()),
        features);
  }

  // Field helpers.

  private static JsonNode value(JsonNode record) {
    JsonNode value = record.get("value");
    if (value == null || !value.isObject()) {
      throw new IllegalArgumentException("a put record needs an object 'value'");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("missing text field '" + field + "'");
    }
    return value.asText();
  }

  private static Instant instant(JsonNode node, String field) {
    return Instant.parse(text(node, field));
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = JSON.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static ArrayNode tags(List<Tag> tags) {
    ArrayNode array = JSON.arrayNode();
    tags.forEach(tag -> array.addObject().put("key", tag.key()).put("value", tag.value()));
    return array;
  }

  private static List<Tag> tags(JsonNode array) {
    List<Tag> tags = new ArrayList<>();
    array.forEach(tag -> tags.add(new Tag(text(tag, "key"), text(tag, "value"))));
    return tags;
  }

  private static ObjectNode documents(Map<String, PolicyDocument> documents) {
    ObjectNode object = JSON.objectNode();
    documents.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> object.put(entry.getKey(), entry.getValue().text()));
    return object;
  }

  private Map<String, PolicyDocument> documents(JsonNode object) {
    Map<String, PolicyDocument> documents = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      documents.put(entry.getKey(), parser.parse(entry.getValue().asText(), PolicyKind.IDENTITY));
    }
    return documents;
  }
}
