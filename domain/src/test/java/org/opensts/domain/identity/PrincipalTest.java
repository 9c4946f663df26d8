package org.opensts.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.account.AccountId;

/** The ARN and user id each kind of principal reports, as in AWS's identifier reference. */
class PrincipalTest {

  private static final AccountId ACCOUNT = AccountId.of("123456789012");
  private static final String USER_ID = "AIDAZGW7IOFICBCZ2E6UW";
  private static final String ROLE_ID = "AROADBQP57FF2AEXAMPLE";

  static Stream<Arguments> principals() {
    return Stream.of(
        arguments(
            "the account root",
            new AccountRootPrincipal(ACCOUNT),
            "arn:aws:iam::123456789012:root",
            "123456789012"),
        arguments(
            "a user at the root path",
            new IamUserPrincipal(ACCOUNT, USER_ID, IamPath.ROOT, "alice"),
            "arn:aws:iam::123456789012:user/alice",
            USER_ID),
        arguments(
            "a user with a path",
            new IamUserPrincipal(ACCOUNT, USER_ID, new IamPath("/division/team/"), "alice"),
            "arn:aws:iam::123456789012:user/division/team/alice",
            USER_ID),
        arguments(
            "a role session (the role's path is not part of it)",
            new AssumedRolePrincipal(
                ACCOUNT,
                ROLE_ID,
                new IamPath("/service/"),
                "deployer",
                RoleSessionName.of("role-session-name")),
            "arn:aws:sts::123456789012:assumed-role/deployer/role-session-name",
            "AROADBQP57FF2AEXAMPLE:role-session-name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("principals")
  void givenPrincipal_arnAndUserId_haveAwsFormats(
      String description, Principal principal, String arn, String userId) {
    assertEquals(arn, principal.arn().toString());
    assertEquals(userId, principal.userId());
    assertEquals(ACCOUNT, principal.account());
  }

  @Test
  void givenRoleSession_roleArn_keepsTheRolesPath() {
    AssumedRolePrincipal session =
        new AssumedRolePrincipal(
            ACCOUNT, ROLE_ID, new IamPath("/service/"), "deployer", RoleSessionName.of("s1"));

    assertEquals("arn:aws:iam::123456789012:role/service/deployer", session.roleArn().toString());
  }
}
