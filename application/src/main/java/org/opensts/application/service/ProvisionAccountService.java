package org.opensts.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.admin.ProvisionAccountCommand;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.KeySpec;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.RoleSpec;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.UserSpec;
import org.opensts.application.port.in.admin.ProvisionAccountResult;
import org.opensts.application.port.in.admin.ProvisionAccountUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.application.port.out.AccountStore;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.RoleStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.account.Account;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.MalformedPolicyDocumentException;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.UniqueId;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;

/**
 * Provisions an account from a description. Everything is checked before anything is stored, so a
 * bad entry leaves the stores as they were.
 */
final class ProvisionAccountService implements ProvisionAccountUseCase {

  private static final int MAX_KEYS_PER_PRINCIPAL = 2;

  private final AccountStore accounts;
  private final UserStore users;
  private final RoleStore roles;
  private final AccessKeyStore accessKeys;
  private final PolicyDocumentParser parser;
  private final Clock clock;
  private final RandomGenerator random;

  ProvisionAccountService(
      AccountStore accounts,
      UserStore users,
      RoleStore roles,
      AccessKeyStore accessKeys,
      PolicyDocumentParser parser,
      Clock clock,
      RandomGenerator random) {
    this.accounts = accounts;
    this.users = users;
    this.roles = roles;
    this.accessKeys = accessKeys;
    this.parser = parser;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public ProvisionAccountResult provision(ProvisionAccountCommand command) {
    Instant now = clock.instant();
    Account account = new Account(command.accountId(), command.alias(), now);
    Set<String> keyIds = new HashSet<>();
    List<AccessKey> keys =
        new ArrayList<>(
            keys(
                command.rootAccessKeys(),
                new AccountRootPrincipal(account.id()),
                "root",
                keyIds,
                now));
    List<User> newUsers = new ArrayList<>();
    Set<String> userNames = new HashSet<>();
    for (UserSpec spec : command.users()) {
      String entry = "user '" + spec.name() + "'";
      unique(userNames, spec.name(), entry);
      User user =
          entity(
              entry,
              () ->
                  new User(
                      account.id(),
                      UniqueId.USER.generate(random),
                      spec.path(),
                      spec.name(),
                      policies(entry, spec.inlinePolicies()),
                      spec.tags(),
                      now));
      newUsers.add(user);
      keys.addAll(keys(spec.accessKeys(), user.principal(), entry, keyIds, now));
    }
    List<Role> newRoles = new ArrayList<>();
    Set<String> roleNames = new HashSet<>();
    for (RoleSpec spec : command.roles()) {
      String entry = "role '" + spec.name() + "'";
      unique(roleNames, spec.name(), entry);
      PolicyDocument trust = parse(entry + ": trust policy", spec.trustPolicy(), PolicyKind.TRUST);
      newRoles.add(
          entity(
              entry,
              () ->
                  new Role(
                      account.id(),
                      UniqueId.ROLE.generate(random),
                      spec.path(),
                      spec.name(),
                      trust,
                      policies(entry, spec.inlinePolicies()),
                      spec.maxSessionDuration(),
                      spec.tags(),
                      now)));
    }
    accounts.save(account);
    newUsers.forEach(users::save);
    newRoles.forEach(roles::save);
    keys.forEach(accessKeys::save);
    return new ProvisionAccountResult(
        account.id(),
        newUsers.stream().map(user -> user.principal().arn().toString()).toList(),
        newRoles.stream().map(role -> role.arn().toString()).toList());
  }

  private List<AccessKey> keys(
      List<KeySpec> specs, Principal owner, String entry, Set<String> keyIds, Instant now) {
    if (specs.size() > MAX_KEYS_PER_PRINCIPAL) {
      throw invalid(entry + ": at most " + MAX_KEYS_PER_PRINCIPAL + " access keys are allowed");
    }
    List<AccessKey> keys = new ArrayList<>();
    for (KeySpec spec : specs) {
      String keyEntry = entry + ": access key '" + spec.accessKeyId() + "'";
      if (!keyIds.add(spec.accessKeyId().value())
          || accessKeys
              .find(spec.accessKeyId())
              .filter(k -> !k.owner().account().equals(owner.account()))
              .isPresent()) {
        throw invalid(keyEntry + " is used more than once");
      }
      if (!spec.accessKeyId().value().matches("AKIA[A-Z0-9]{12,124}")) {
        throw invalid(
            keyEntry
                + ": a long-term access key id is AKIA followed by 12 to 124 upper-case letters or digits");
      }
      if (spec.secretAccessKey().value().length() < 16
          || spec.secretAccessKey().value().length() > 128) {
        throw invalid(keyEntry + ": a secret access key has 16 to 128 characters");
      }
      keys.add(
          entity(
              keyEntry,
              () ->
                  new AccessKey(
                      spec.accessKeyId(),
                      spec.secretAccessKey(),
                      owner,
                      AccessKeyStatus.ACTIVE,
                      now)));
    }
    return keys;
  }

  private Map<String, PolicyDocument> policies(String entry, Map<String, String> documents) {
    Map<String, PolicyDocument> policies = new LinkedHashMap<>();
    documents.forEach(
        (name, json) ->
            policies.put(
                name, parse(entry + ": policy '" + name + "'", json, PolicyKind.IDENTITY)));
    return policies;
  }

  private PolicyDocument parse(String entry, String json, PolicyKind kind) {
    try {
      return parser.parse(json, kind);
    } catch (MalformedPolicyDocumentException e) {
      throw new MalformedPolicyDocumentException(entry + ": " + e.getMessage());
    }
  }

  private static void unique(Set<String> names, String name, String entry) {
    if (!names.add(name.toLowerCase(Locale.ROOT))) {
      throw invalid(entry + " is declared more than once (names are case-insensitive)");
    }
  }

  /** Builds a domain entity, reporting a broken invariant as a validation error on the entry. */
  private static <T> T entity(String entry, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw invalid(entry + ": " + e.getMessage());
    }
  }

  private static InvalidRequestException invalid(String message) {
    return InvalidRequestException.validationError(message);
  }
}
