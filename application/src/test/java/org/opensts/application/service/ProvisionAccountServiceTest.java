package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.admin.ProvisionAccountCommand;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.KeySpec;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.RoleSpec;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.UserSpec;
import org.opensts.application.port.in.admin.ProvisionAccountResult;
import org.opensts.application.port.in.admin.ProvisionAccountUseCase;
import org.opensts.domain.account.Account;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.StsException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.SecretAccessKey;
import org.opensts.domain.identity.UniqueId;
import org.opensts.domain.policy.PolicyDocument;

/**
 * Provisioning an account in one step: every entity is checked first, and one bad entry (named in
 * the error) leaves the stores untouched.
 */
class ProvisionAccountServiceTest {

  private static final String ROOT_KEY = "AKIAROOTKEY000000001";
  private static final String ALICE_KEY_1 = "AKIAALICEKEY00000001";
  private static final String ALICE_KEY_2 = "AKIAALICEKEY00000002";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final String TRUST_ALPHA = "{\"trust\":\"alpha\"}";
  private static final String READ_POLICY = "{\"read\":\"everything\"}";
  private static final String BAD = "{" + TestPorts.Parser.MALFORMED + "}";
  private static final PolicyDocument TRUST_ALPHA_DOCUMENT = TestPolicies.trusting("111111111111");
  private static final PolicyDocument READ_DOCUMENT = TestPolicies.allow("s3:Get*", "*");

  private final TestPorts ports = new TestPorts();
  private final ProvisionAccountUseCase useCase =
      ports.useCases(TestClocks.fixed()).provisionAccount();

  ProvisionAccountServiceTest() {
    ports.policyParser.define(TRUST_ALPHA, TRUST_ALPHA_DOCUMENT);
    ports.policyParser.define(READ_POLICY, READ_DOCUMENT);
  }

  @Test
  void givenFullDescription_provision_storesTheAccountAndEveryEntity() {
    ProvisionAccountCommand command =
        new ProvisionAccountCommand(
            TestAccounts.ALPHA,
            "alpha",
            List.of(key(ROOT_KEY)),
            List.of(
                new UserSpec(
                    "alice",
                    new IamPath("/team/"),
                    List.of(key(ALICE_KEY_1), key(ALICE_KEY_2)),
                    Map.of("read", READ_POLICY),
                    List.of()),
                user("bob")),
            List.of(
                new RoleSpec(
                    "deployer",
                    null,
                    TRUST_ALPHA,
                    Map.of("read", READ_POLICY),
                    Duration.ofHours(4),
                    List.of())));

    ProvisionAccountResult result = useCase.provision(command);

    assertEquals(TestAccounts.ALPHA, result.accountId());
    assertEquals(
        List.of("arn:aws:iam::111111111111:user/team/alice", "arn:aws:iam::111111111111:user/bob"),
        result.userArns());
    assertEquals(List.of("arn:aws:iam::111111111111:role/deployer"), result.roleArns());
    assertEquals(
        new Account(TestAccounts.ALPHA, "alpha", TestClocks.NOW),
        ports.accounts.find(TestAccounts.ALPHA).orElseThrow());

    User alice = ports.users.find(TestAccounts.ALPHA, "ALICE").orElseThrow();
    assertEquals(new IamPath("/team/"), alice.path());
    assertTrue(UniqueId.USER.isValid(alice.userId()), alice.userId());
    assertEquals(Map.of("read", READ_DOCUMENT), alice.inlinePolicies());
    assertEquals(TestClocks.NOW, alice.createDate());

    Role deployer = ports.roles.find(TestAccounts.ALPHA, "deployer").orElseThrow();
    assertTrue(UniqueId.ROLE.isValid(deployer.roleId()), deployer.roleId());
    assertEquals(TRUST_ALPHA_DOCUMENT, deployer.trustPolicy());
    assertEquals(Map.of("read", READ_DOCUMENT), deployer.inlinePolicies());
    assertEquals(Duration.ofHours(4), deployer.maxSessionDuration());
    assertEquals(IamPath.ROOT, deployer.path());

    assertEquals(
        new AccessKey(
            new AccessKeyId(ROOT_KEY),
            new SecretAccessKey(SECRET),
            new AccountRootPrincipal(TestAccounts.ALPHA),
            AccessKeyStatus.ACTIVE,
            TestClocks.NOW),
        ports.accessKeys.find(new AccessKeyId(ROOT_KEY)).orElseThrow());
    assertEquals(
        alice.principal(),
        ports.accessKeys.find(new AccessKeyId(ALICE_KEY_1)).orElseThrow().owner());
    assertEquals(
        alice.principal(),
        ports.accessKeys.find(new AccessKeyId(ALICE_KEY_2)).orElseThrow().owner());
    assertEquals(3, ports.accessKeys.byId.size());
  }

  @Test
  void givenPolicies_provision_parsesTrustPoliciesAsTrustAndInlinePoliciesAsIdentity() {
    useCase.provision(
        command(
            List.of(),
            List.of(new UserSpec("alice", null, List.of(), Map.of("read", READ_POLICY), List.of())),
            List.of(role("deployer", TRUST_ALPHA))));

    assertEquals(
        Set.of("IDENTITY " + READ_POLICY, "TRUST " + TRUST_ALPHA),
        Set.copyOf(ports.policyParser.parsed));
  }

  static Stream<Arguments> badEntries() {
    return Stream.of(
        arguments(
            "two users whose names differ only in case",
            command(List.of(), List.of(user("alice"), user("ALICE")), List.of()),
            ErrorCode.VALIDATION_ERROR,
            "user 'ALICE' is declared more than once (names are case-insensitive)"),
        arguments(
            "two roles whose names differ only in case",
            command(
                List.of(),
                List.of(),
                List.of(role("deployer", TRUST_ALPHA), role("Deployer", TRUST_ALPHA))),
            ErrorCode.VALIDATION_ERROR,
            "role 'Deployer' is declared more than once (names are case-insensitive)"),
        arguments(
            "three root keys",
            command(
                List.of(
                    key("AKIAROOTKEY000000001"),
                    key("AKIAROOTKEY000000002"),
                    key("AKIAROOTKEY000000003")),
                List.of(),
                List.of()),
            ErrorCode.VALIDATION_ERROR,
            "root: at most 2 access keys are allowed"),
        arguments(
            "three keys for a user",
            command(
                List.of(),
                List.of(user("alice", ALICE_KEY_1, ALICE_KEY_2, "AKIAALICEKEY00000003")),
                List.of()),
            ErrorCode.VALIDATION_ERROR,
            "user 'alice': at most 2 access keys are allowed"),
        arguments(
            "one key id for the root and a user",
            command(List.of(key(ALICE_KEY_1)), List.of(user("alice", ALICE_KEY_1)), List.of()),
            ErrorCode.VALIDATION_ERROR,
            "user 'alice': access key '" + ALICE_KEY_1 + "' is used more than once"),
        arguments(
            "one key id twice for a user",
            command(List.of(), List.of(user("alice", ALICE_KEY_1, ALICE_KEY_1)), List.of()),
            ErrorCode.VALIDATION_ERROR,
            "user 'alice': access key '" + ALICE_KEY_1 + "' is used more than once"),
        arguments(
            "a temporary key id",
            command(List.of(key("ASIAQAAAAAAAGMKEM7X5")), List.of(), List.of()),
            ErrorCode.VALIDATION_ERROR,
            "root: access key 'ASIAQAAAAAAAGMKEM7X5': a long-term access key id is AKIA followed by 12 to 124 upper-case letters or digits"),
        arguments(
            "a key id in lower case",
            command(List.of(), List.of(user("alice", "AKIAalicekey00000001")), List.of()),
            ErrorCode.VALIDATION_ERROR,
            "user 'alice': access key 'AKIAalicekey00000001': a long-term access key id is AKIA followed by 12 to 124 upper-case letters or digits"),
        arguments(
            "a key id of 15 characters",
            command(List.of(key("AKIA12345678901")), List.of(), List.of()),
            ErrorCode.VALIDATION_ERROR,
            "root: access key 'AKIA12345678901': a long-term access key id is AKIA followed by 12 to 124 upper-case letters or digits"),
        arguments(
            "a secret of 15 characters",
            command(
                List.of(
                    new KeySpec(new AccessKeyId(ROOT_KEY), new SecretAccessKey("s".repeat(15)))),
                List.of(),
                List.of()),
            ErrorCode.VALIDATION_ERROR,
            "root: access key '" + ROOT_KEY + "': a secret access key has 16 to 128 characters"),
        arguments(
            "a secret of 129 characters",
            command(
                List.of(
                    new KeySpec(new AccessKeyId(ROOT_KEY), new SecretAccessKey("s".repeat(129)))),
                List.of(),
                List.of()),
            ErrorCode.VALIDATION_ERROR,
            "root: access key '" + ROOT_KEY + "': a secret access key has 16 to 128 characters"),
        arguments(
            "a malformed inline policy of a user",
            command(
                List.of(),
                List.of(new UserSpec("alice", null, List.of(), Map.of("read", BAD), List.of())),
                List.of()),
            ErrorCode.MALFORMED_POLICY_DOCUMENT,
            "user 'alice': policy 'read': This policy contains invalid Json"),
        arguments(
            "a malformed trust policy",
            command(List.of(), List.of(), List.of(role("deployer", BAD))),
            ErrorCode.MALFORMED_POLICY_DOCUMENT,
            "role 'deployer': trust policy: This policy contains invalid Json"),
        arguments(
            "a malformed inline policy of a role",
            command(
                List.of(),
                List.of(),
                List.of(
                    new RoleSpec(
                        "deployer",
                        null,
                        TRUST_ALPHA,
                        Map.of("deploy", BAD),
                        Duration.ofHours(1),
                        List.of()))),
            ErrorCode.MALFORMED_POLICY_DOCUMENT,
            "role 'deployer': policy 'deploy': This policy contains invalid Json"),
        arguments(
            "a role whose maximum session is one minute",
            command(
                List.of(),
                List.of(),
                List.of(
                    new RoleSpec(
                        "deployer",
                        null,
                        TRUST_ALPHA,
                        Map.of(),
                        Duration.ofMinutes(1),
                        List.of()))),
            ErrorCode.VALIDATION_ERROR,
            "role 'deployer': 1 validation error detected: Value '60' at 'maxSessionDuration'"
                + " failed to satisfy constraint: Member must have value greater than or equal to"
                + " 3600"),
        arguments(
            "a user name with a slash",
            command(List.of(), List.of(user("team/alice")), List.of()),
            ErrorCode.VALIDATION_ERROR,
            "user 'team/alice': 1 validation error detected: Value 'team/alice' at 'userName'"
                + " failed to satisfy constraint: Member must satisfy regular expression pattern:"
                + " [\\w+=,.@-]+"),
        arguments(
            "a role name of 65 characters",
            command(List.of(), List.of(), List.of(role("r".repeat(65), TRUST_ALPHA))),
            ErrorCode.VALIDATION_ERROR,
            "role '"
                + "r".repeat(65)
                + "': 1 validation error detected: Value '"
                + "r".repeat(65)
                + "' at 'roleName' failed to satisfy constraint: Member must have length less than"
                + " or equal to 64"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badEntries")
  void givenBadEntryAfterGoodOnes_provision_namesItAndStoresNothing(
      String description, ProvisionAccountCommand bad, ErrorCode code, String message) {
    ProvisionAccountCommand command = afterGoodEntries(bad);

    StsException error = assertThrows(StsException.class, () -> useCase.provision(command));

    assertEquals(code, error.code());
    assertEquals(message, error.getMessage());
    assertTrue(ports.accounts.byId.isEmpty(), "accounts stored");
    assertTrue(ports.users.byName.isEmpty(), "users stored");
    assertTrue(ports.roles.byName.isEmpty(), "roles stored");
    assertTrue(ports.accessKeys.byId.isEmpty(), "access keys stored");
  }

  @Test
  void givenKeyIdStoredForAnotherAccount_provision_refusesToTakeItOver() {
    ports.accessKeys.save(
        new AccessKey(
            new AccessKeyId(ROOT_KEY),
            new SecretAccessKey(SECRET),
            new AccountRootPrincipal(TestAccounts.BETA),
            AccessKeyStatus.ACTIVE,
            TestClocks.NOW));

    StsException error =
        assertThrows(
            StsException.class,
            () -> useCase.provision(command(List.of(key(ROOT_KEY)), List.of(), List.of())));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals("root: access key '" + ROOT_KEY + "' is used more than once", error.getMessage());
    assertEquals(
        new AccountRootPrincipal(TestAccounts.BETA),
        ports.accessKeys.find(new AccessKeyId(ROOT_KEY)).orElseThrow().owner());
  }

  @Test
  void givenAccountProvisionedAlready_provision_refusesAndStoresNothingMore() {
    ProvisionAccountCommand command =
        command(
            List.of(key(ROOT_KEY)),
            List.of(user("alice", ALICE_KEY_1)),
            List.of(role("deployer", TRUST_ALPHA)));
    useCase.provision(command);
    ProvisionAccountCommand again =
        command(List.of(), List.of(user("bob")), List.of(role("other", TRUST_ALPHA)));

    StsException error = assertThrows(StsException.class, () -> useCase.provision(again));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(
        "account 111111111111 is provisioned already; declare each account once",
        error.getMessage());
    assertEquals(1, ports.users.byName.size());
    assertEquals(1, ports.roles.byName.size());
    assertEquals(2, ports.accessKeys.byId.size());
  }

  @Test
  void givenUserWithKeys_provision_createsItThroughCreateUserAndGivesItTheKeys() {
    useCase.provision(command(List.of(), List.of(user("alice", ALICE_KEY_1)), List.of()));

    User alice = ports.users.find(TestAccounts.ALPHA, "alice").orElseThrow();
    assertTrue(alice.userId().startsWith("AIDA"), alice.userId());
    assertEquals(
        alice.principal(),
        ports.accessKeys.find(new AccessKeyId(ALICE_KEY_1)).orElseThrow().owner());
  }

  // --- Helpers -----------------------------------------------------------------------------------

  /** A root key, a user and a role that are all fine, then the entries under test. */
  private static ProvisionAccountCommand afterGoodEntries(ProvisionAccountCommand bad) {
    List<KeySpec> rootKeys =
        bad.rootAccessKeys().isEmpty()
            ? List.of(key("AKIAGOODROOTKEY00001"))
            : bad.rootAccessKeys();
    List<UserSpec> users = new ArrayList<>(List.of(user("good-user", "AKIAGOODUSERKEY00001")));
    users.addAll(bad.users());
    List<RoleSpec> roles = new ArrayList<>(List.of(role("good-role", TRUST_ALPHA)));
    roles.addAll(bad.roles());
    return new ProvisionAccountCommand(bad.accountId(), bad.alias(), rootKeys, users, roles);
  }

  private static ProvisionAccountCommand command(
      List<KeySpec> rootKeys, List<UserSpec> users, List<RoleSpec> roles) {
    return new ProvisionAccountCommand(TestAccounts.ALPHA, "alpha", rootKeys, users, roles);
  }

  private static KeySpec key(String id) {
    return new KeySpec(new AccessKeyId(id), new SecretAccessKey(SECRET));
  }

  private static UserSpec user(String name, String... keyIds) {
    return new UserSpec(
        name,
        null,
        Stream.of(keyIds).map(ProvisionAccountServiceTest::key).toList(),
        Map.of(),
        List.of());
  }

  private static RoleSpec role(String name, String trustPolicy) {
    return new RoleSpec(name, null, trustPolicy, Map.of(), Duration.ofHours(1), List.of());
  }
}
