package org.opensts.application.service;

import static org.opensts.application.service.BootstrapSteps.step;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opensts.application.port.in.admin.ProvisionAccountCommand;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.KeySpec;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.RoleSpec;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.UserSpec;
import org.opensts.application.port.in.admin.ProvisionAccountResult;
import org.opensts.application.port.in.admin.ProvisionAccountUseCase;
import org.opensts.application.port.in.iam.CreateRoleCommand;
import org.opensts.application.port.in.iam.CreateRoleUseCase;
import org.opensts.application.port.in.iam.CreateUserCommand;
import org.opensts.application.port.in.iam.CreateUserUseCase;
import org.opensts.application.port.in.iam.PutRolePolicyCommand;
import org.opensts.application.port.in.iam.PutRolePolicyUseCase;
import org.opensts.application.port.in.iam.PutUserPolicyCommand;
import org.opensts.application.port.in.iam.PutUserPolicyUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.application.port.out.AccountStore;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.domain.account.Account;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.policy.PolicyKind;

/**
 * Provisions an account from a description: the account and its root keys, then its users and roles
 * through CreateUser, PutUserPolicy, CreateRole and PutRolePolicy as the account root, with the
 * very commands the IAM API builds (one validation path for the API and the file). Access keys are
 * given in full, which the API cannot do (it generates them), so they take a narrow path of their
 * own: the same {@link AccessKey} checks and the store's atomic add with the 2-key limit.
 *
 * <p>Every entry is checked first (its commands built, its documents parsed by the parser the
 * services use, its keys checked), so a bad entry leaves the stores as they were.
 */
final class ProvisionAccountService implements ProvisionAccountUseCase {

  private final AccountStore accounts;
  private final AccessKeyStore accessKeys;
  private final PolicyDocumentParser parser;
  private final CreateUserUseCase createUser;
  private final PutUserPolicyUseCase putUserPolicy;
  private final CreateRoleUseCase createRole;
  private final PutRolePolicyUseCase putRolePolicy;
  private final Clock clock;

  ProvisionAccountService(
      AccountStore accounts,
      AccessKeyStore accessKeys,
      PolicyDocumentParser parser,
      CreateUserUseCase createUser,
      PutUserPolicyUseCase putUserPolicy,
      CreateRoleUseCase createRole,
      PutRolePolicyUseCase putRolePolicy,
      Clock clock) {
    this.accounts = accounts;
    this.accessKeys = accessKeys;
    this.parser = parser;
    this.createUser = createUser;
    this.putUserPolicy = putUserPolicy;
    this.createRole = createRole;
    this.putRolePolicy = putRolePolicy;
    this.clock = clock;
  }

  /** A user's or role's commands, checked and ready to run, with the entry they came from. */
  private record Entity<C, P>(String entry, C create, List<P> policies, List<KeySpec> keys) {}

  @Override
  public ProvisionAccountResult provision(ProvisionAccountCommand command) {
    Instant now = clock.instant();
    AccountId id = command.accountId();
    if (accounts.find(id).isPresent()) {
      throw invalid("account " + id.value() + " is provisioned already; declare each account once");
    }
    Account account = new Account(id, command.alias(), now);
    Caller root = BootstrapSteps.root(id, now);
    Set<String> keyIds = new HashSet<>();
    List<AccessKey> rootKeys =
        keys(command.rootAccessKeys(), new AccountRootPrincipal(id), "root", keyIds, now);

    List<Entity<CreateUserCommand, PutUserPolicyCommand>> users = new ArrayList<>();
    Set<String> userNames = new HashSet<>();
    for (UserSpec spec : command.users()) {
      String entry = "user '" + spec.name() + "'";
      unique(userNames, spec.name(), entry);
      CreateUserCommand create =
          step(
              entry,
              () -> new CreateUserCommand(root, spec.name(), spec.path().value(), spec.tags()));
      List<PutUserPolicyCommand> policies = new ArrayList<>();
      for (Map.Entry<String, String> policy : spec.inlinePolicies().entrySet()) {
        String policyEntry = entry + ": policy '" + policy.getKey() + "'";
        policies.add(
            step(
                policyEntry,
                () ->
                    new PutUserPolicyCommand(
                        root, spec.name(), policy.getKey(), policy.getValue())));
        check(policyEntry, policy.getValue(), PolicyKind.IDENTITY);
      }
      // Checked against the principal the user will be, but for its id, which CreateUser makes.
      Principal provisional = step(entry, () -> userPrincipal(id, spec));
      keys(spec.accessKeys(), provisional, entry, keyIds, now);
      users.add(new Entity<>(entry, create, policies, spec.accessKeys()));
    }

    List<Entity<CreateRoleCommand, PutRolePolicyCommand>> roles = new ArrayList<>();
    Set<String> roleNames = new HashSet<>();
    for (RoleSpec spec : command.roles()) {
      String entry = "role '" + spec.name() + "'";
      unique(roleNames, spec.name(), entry);
      CreateRoleCommand create =
          step(
              entry,
              () ->
                  new CreateRoleCommand(
                      root,
                      spec.name(),
                      spec.path().value(),
                      spec.trustPolicy(),
                      null,
                      seconds(spec),
                      null,
                      spec.tags()));
      check(entry + ": trust policy", spec.trustPolicy(), PolicyKind.TRUST);
      List<PutRolePolicyCommand> policies = new ArrayList<>();
      for (Map.Entry<String, String> policy : spec.inlinePolicies().entrySet()) {
        String policyEntry = entry + ": policy '" + policy.getKey() + "'";
        policies.add(
            step(
                policyEntry,
                () ->
                    new PutRolePolicyCommand(
                        root, spec.name(), policy.getKey(), policy.getValue())));
        check(policyEntry, policy.getValue(), PolicyKind.IDENTITY);
      }
      roles.add(new Entity<>(entry, create, policies, List.of()));
    }

    // Everything was checked: store the account and its root keys, so that the root can act, then
    // run the IAM use cases as the root.
    accounts.save(account);
    store("root", rootKeys);
    List<String> userArns = new ArrayList<>();
    for (Entity<CreateUserCommand, PutUserPolicyCommand> user : users) {
      Principal owner =
          step(user.entry(), () -> createUser.createUser(user.create()).user().principal());
      userArns.add(owner.arn().toString());
      for (PutUserPolicyCommand policy : user.policies()) {
        step(
            user.entry() + ": policy '" + policy.policyName() + "'",
            () -> putUserPolicy.putUserPolicy(policy));
      }
      store(user.entry(), keys(user.keys(), owner, user.entry(), new HashSet<>(), now));
    }
    List<String> roleArns = new ArrayList<>();
    for (Entity<CreateRoleCommand, PutRolePolicyCommand> role : roles) {
      roleArns.add(
          step(role.entry(), () -> createRole.createRole(role.create()).role().arn().toString()));
      for (PutRolePolicyCommand policy : role.policies()) {
        step(
            role.entry() + ": policy '" + policy.policyName() + "'",
            () -> putRolePolicy.putRolePolicy(policy));
      }
    }
    return new ProvisionAccountResult(id, userArns, roleArns);
  }

  /** The user a spec describes, with a stand-in for the unique id CreateUser will make. */
  private static Principal userPrincipal(AccountId account, UserSpec spec) {
    return new IamUserPrincipal(account, "AIDAPROVISIONAL00000", spec.path(), spec.name());
  }

  private static Integer seconds(RoleSpec spec) {
    long seconds = spec.maxSessionDuration().toSeconds();
    return seconds > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) seconds;
  }

  /** Parses a document with the services' parser, so that a bad one fails before any store. */
  private void check(String entry, String json, PolicyKind kind) {
    step(entry, () -> parser.parse(json, kind));
  }

  private List<AccessKey> keys(
      List<KeySpec> specs, Principal owner, String entry, Set<String> keyIds, Instant now) {
    if (specs.size() > CreateAccessKeyService.MAX_KEYS) {
      throw invalid(
          entry + ": at most " + CreateAccessKeyService.MAX_KEYS + " access keys are allowed");
    }
    List<AccessKey> keys = new ArrayList<>();
    for (KeySpec spec : specs) {
      String keyEntry = entry + ": access key '" + spec.accessKeyId() + "'";
      if (!keyIds.add(spec.accessKeyId().value())
          || accessKeys.find(spec.accessKeyId()).isPresent()) {
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
          step(
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

  /** Adds given keys with the store's atomic 2-key limit, as CreateAccessKey does. */
  private void store(String entry, List<AccessKey> keys) {
    for (AccessKey key : keys) {
      if (!accessKeys.add(key, CreateAccessKeyService.MAX_KEYS)) {
        step(
            entry + ": access key '" + key.id() + "'",
            () -> {
              throw EntityException.limitExceeded(
                  "AccessKeysPerUser", CreateAccessKeyService.MAX_KEYS);
            });
      }
    }
  }

  private static void unique(Set<String> names, String name, String entry) {
    if (!names.add(name.toLowerCase(Locale.ROOT))) {
      throw invalid(entry + " is declared more than once (names are case-insensitive)");
    }
  }

  private static InvalidRequestException invalid(String message) {
    return InvalidRequestException.validationError(message);
  }
}
