package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.RoleSessionName;

/**
 * How a {@code Principal} element covers a caller (IAM JSON policy elements: Principal). An account
 * id and the account's root ARN "behave the same way": they delegate to the account, they do not
 * name its users. A user, role session or everyone ({@code "*"}) is named directly; a role ARN
 * names every session of that role, within the session's boundary and session policies. A {@code
 * NotPrincipal} with {@code Deny} excepts a caller only when its account, and its role for a role
 * session, are listed too (AWS: "you must also specify the account ARN of the not-denied
 * principal").
 */
class PrincipalClauseTest {

  private static final AccountId ALPHA = TestAccounts.ALPHA;
  private static final String ROLE_ID = "AROAAAAAAAAAAAAAAAAAA";

  private static final AccountRootPrincipal ROOT = new AccountRootPrincipal(ALPHA);
  private static final IamUserPrincipal ALICE =
      new IamUserPrincipal(ALPHA, "AIDAAAAAAAAAAAAAAAAAA", IamPath.ROOT, "alice");
  private static final IamUserPrincipal BOB_WITH_PATH =
      new IamUserPrincipal(ALPHA, "AIDABBBBBBBBBBBBBBBBB", new IamPath("/team/"), "bob");
  private static final IamUserPrincipal CAROL_IN_BETA =
      new IamUserPrincipal(TestAccounts.BETA, "AIDACCCCCCCCCCCCCCCCC", IamPath.ROOT, "carol");
  private static final AssumedRolePrincipal DEPLOYER_SESSION =
      new AssumedRolePrincipal(
          ALPHA, ROLE_ID, new IamPath("/ci/"), "deployer", RoleSessionName.of("build-1"));

  static Stream<Arguments> principals() {
    return Stream.of(
        arguments(
            "an account id, for a user of the account",
            "111111111111",
            ALICE,
            PrincipalMatch.ACCOUNT),
        arguments(
            "an account id, for a role session of the account",
            "111111111111",
            DEPLOYER_SESSION,
            PrincipalMatch.ACCOUNT),
        arguments(
            "an account id, for the account's root", "111111111111", ROOT, PrincipalMatch.DIRECT),
        arguments(
            "an account id, for a user of another account",
            "111111111111",
            CAROL_IN_BETA,
            PrincipalMatch.NONE),
        arguments(
            "the root ARN, for a user of the account",
            "arn:aws:iam::111111111111:root",
            ALICE,
            PrincipalMatch.ACCOUNT),
        arguments(
            "the root ARN, for a role session of the account",
            "arn:aws:iam::111111111111:root",
            DEPLOYER_SESSION,
            PrincipalMatch.ACCOUNT),
        arguments(
            "the root ARN, for the root itself",
            "arn:aws:iam::111111111111:root",
            ROOT,
            PrincipalMatch.DIRECT),
        arguments(
            "the root ARN, for another account's user",
            "arn:aws:iam::111111111111:root",
            CAROL_IN_BETA,
            PrincipalMatch.NONE),
        arguments(
            "a user ARN, for that user",
            "arn:aws:iam::111111111111:user/alice",
            ALICE,
            PrincipalMatch.DIRECT),
        arguments(
            "a user ARN with path, for that user",
            "arn:aws:iam::111111111111:user/team/bob",
            BOB_WITH_PATH,
            PrincipalMatch.DIRECT),
        arguments(
            "a user ARN without the user's path",
            "arn:aws:iam::111111111111:user/bob",
            BOB_WITH_PATH,
            PrincipalMatch.NONE),
        arguments(
            "a user ARN in another case (names are case-sensitive here)",
            "arn:aws:iam::111111111111:user/Alice",
            ALICE,
            PrincipalMatch.NONE),
        arguments(
            "a user ARN, for another user",
            "arn:aws:iam::111111111111:user/alice",
            BOB_WITH_PATH,
            PrincipalMatch.NONE),
        arguments(
            "a user ARN, for the account root",
            "arn:aws:iam::111111111111:user/alice",
            ROOT,
            PrincipalMatch.NONE),
        arguments(
            "a role ARN, for a session of that role (limited by its boundary and session policies)",
            "arn:aws:iam::111111111111:role/ci/deployer",
            DEPLOYER_SESSION,
            PrincipalMatch.ROLE),
        arguments(
            "a role ARN without the role's path",
            "arn:aws:iam::111111111111:role/deployer",
            DEPLOYER_SESSION,
            PrincipalMatch.NONE),
        arguments(
            "another role's ARN",
            "arn:aws:iam::111111111111:role/ci/ops",
            DEPLOYER_SESSION,
            PrincipalMatch.NONE),
        arguments(
            "a session ARN, for that session",
            "arn:aws:sts::111111111111:assumed-role/deployer/build-1",
            DEPLOYER_SESSION,
            PrincipalMatch.DIRECT),
        arguments(
            "a session ARN, for another session of the role",
            "arn:aws:sts::111111111111:assumed-role/deployer/build-2",
            DEPLOYER_SESSION,
            PrincipalMatch.NONE),
        arguments(
            "a role ARN, for a user",
            "arn:aws:iam::111111111111:role/ci/deployer",
            ALICE,
            PrincipalMatch.NONE),
        arguments("everyone, for a user", "*", ALICE, PrincipalMatch.DIRECT),
        arguments(
            "everyone, for another account's user", "*", CAROL_IN_BETA, PrincipalMatch.DIRECT),
        arguments("everyone, for a role session", "*", DEPLOYER_SESSION, PrincipalMatch.DIRECT),
        arguments("everyone, for the root", "*", ROOT, PrincipalMatch.DIRECT));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("principals")
  void givenAwsPrincipal_match_tellsHowItCoversTheCaller(
      String description, String value, Principal caller, PrincipalMatch expected) {
    PrincipalClause clause = PrincipalClause.principal(Map.of(PrincipalClause.AWS, List.of(value)));

    assertEquals(expected, clause.match(caller, Effect.ALLOW));
  }

  static Stream<Arguments> severalValues() {
    return Stream.of(
        arguments(
            "the account and the user: the user is named directly",
            List.of("111111111111", "arn:aws:iam::111111111111:user/alice"),
            ALICE,
            PrincipalMatch.DIRECT),
        arguments(
            "another account and the user's account",
            List.of("222222222222", "arn:aws:iam::111111111111:root"),
            ALICE,
            PrincipalMatch.ACCOUNT),
        arguments(
            "neither value covers the caller",
            List.of("222222222222", "arn:aws:iam::111111111111:user/bob"),
            ALICE,
            PrincipalMatch.NONE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("severalValues")
  void givenSeveralValues_match_isTheStrongest(
      String description, List<String> values, Principal caller, PrincipalMatch expected) {
    assertEquals(
        expected,
        PrincipalClause.principal(Map.of(PrincipalClause.AWS, values)).match(caller, Effect.ALLOW));
  }

  static Stream<Arguments> otherPrincipalTypes() {
    return Stream.of(
        arguments("a service principal", Map.of("Service", List.of("ec2.amazonaws.com"))),
        arguments("a federated principal", Map.of("Federated", List.of("*"))),
        arguments("no values", Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherPrincipalTypes")
  void givenNoAwsPrincipal_match_coversNoIamCaller(
      String description, Map<String, List<String>> values) {
    assertEquals(PrincipalMatch.NONE, PrincipalClause.principal(values).match(ALICE, Effect.ALLOW));
  }

  static Stream<Arguments> notPrincipals() {
    List<String> bobAndAccount =
        List.of("arn:aws:iam::111111111111:user/team/bob", "arn:aws:iam::111111111111:root");
    List<String> bobOnly = List.of("arn:aws:iam::111111111111:user/team/bob");
    List<String> accountOnly = List.of("111111111111");
    List<String> sessionRoleAndAccount =
        List.of(
            "arn:aws:sts::111111111111:assumed-role/deployer/build-1",
            "arn:aws:iam::111111111111:role/ci/deployer",
            "arn:aws:iam::111111111111:root");
    List<String> sessionAndAccount =
        List.of(
            "arn:aws:sts::111111111111:assumed-role/deployer/build-1",
            "arn:aws:iam::111111111111:root");
    return Stream.of(
        arguments(
            "AWS's user example with Deny, for the excepted user",
            bobAndAccount,
            Effect.DENY,
            BOB_WITH_PATH,
            PrincipalMatch.NONE),
        arguments(
            "AWS's user example with Deny, for a user of another account",
            bobAndAccount,
            Effect.DENY,
            CAROL_IN_BETA,
            PrincipalMatch.DIRECT),
        arguments(
            "AWS's user example with Deny, for another user of the excepted account",
            bobAndAccount,
            Effect.DENY,
            ALICE,
            PrincipalMatch.DIRECT),
        arguments(
            "with Deny, the user without its account: the account is denied, so is the user",
            bobOnly,
            Effect.DENY,
            BOB_WITH_PATH,
            PrincipalMatch.DIRECT),
        arguments(
            "with Deny, only the account: its users are still denied",
            accountOnly,
            Effect.DENY,
            ALICE,
            PrincipalMatch.DIRECT),
        arguments(
            "with Deny, only the account: its root is excepted",
            accountOnly,
            Effect.DENY,
            ROOT,
            PrincipalMatch.NONE),
        arguments(
            "AWS's role example with Deny, for the excepted session",
            sessionRoleAndAccount,
            Effect.DENY,
            DEPLOYER_SESSION,
            PrincipalMatch.NONE),
        arguments(
            "AWS's role example with Deny, for a user of another account",
            sessionRoleAndAccount,
            Effect.DENY,
            CAROL_IN_BETA,
            PrincipalMatch.DIRECT),
        arguments(
            "with Deny, the session and account but not the role: the role is denied",
            sessionAndAccount,
            Effect.DENY,
            DEPLOYER_SESSION,
            PrincipalMatch.DIRECT),
        arguments(
            "with Deny, everyone excepted",
            List.of("*"),
            Effect.DENY,
            CAROL_IN_BETA,
            PrincipalMatch.NONE),
        arguments(
            "with Allow, the user's example leaves the user out",
            bobAndAccount,
            Effect.ALLOW,
            BOB_WITH_PATH,
            PrincipalMatch.NONE),
        arguments(
            "with Allow, listing the user alone leaves the user out",
            bobOnly,
            Effect.ALLOW,
            BOB_WITH_PATH,
            PrincipalMatch.NONE),
        arguments(
            "with Allow, listing the account leaves all its users out",
            accountOnly,
            Effect.ALLOW,
            ALICE,
            PrincipalMatch.NONE),
        arguments(
            "with Allow, an unlisted user of another account is covered",
            bobAndAccount,
            Effect.ALLOW,
            CAROL_IN_BETA,
            PrincipalMatch.DIRECT),
        arguments(
            "with Allow, everyone excepted",
            List.of("*"),
            Effect.ALLOW,
            DEPLOYER_SESSION,
            PrincipalMatch.NONE),
        arguments(
            "with Allow, only a service listed: every IAM caller is covered",
            List.of(),
            Effect.ALLOW,
            ALICE,
            PrincipalMatch.DIRECT));
  }

  @ParameterizedTest(name = "{0} -> {4}")
  @MethodSource("notPrincipals")
  void givenNotPrincipal_match_coversEveryoneNotListed(
      String description,
      List<String> values,
      Effect effect,
      Principal caller,
      PrincipalMatch expected) {
    PrincipalClause clause =
        values.isEmpty()
            ? PrincipalClause.notPrincipal(Map.of("Service", List.of("ec2.amazonaws.com")))
            : PrincipalClause.notPrincipal(Map.of(PrincipalClause.AWS, values));

    assertEquals(expected, clause.match(caller, effect));
  }
}
