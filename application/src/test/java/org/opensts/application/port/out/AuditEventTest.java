package org.opensts.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.identity.FederatedUserPrincipal;

class AuditEventTest {

  static Stream<Arguments> callers() {
    return Stream.of(
        Arguments.of(
            "the root with a long-term key",
            TestCallers.withLongTermKey(TestPrincipals.root()),
            "Root",
            null),
        Arguments.of(
            "an IAM user with a long-term key",
            TestCallers.withLongTermKey(TestPrincipals.alice()),
            "IAMUser",
            null),
        Arguments.of(
            "an IAM user with a GetSessionToken session",
            TestCallers.withSession(TestPrincipals.alice()),
            "IAMUser",
            null),
        Arguments.of(
            "a role session",
            TestCallers.withSession(TestPrincipals.deployerSession("s1")),
            "AssumedRole",
            "Role"),
        Arguments.of(
            "a federated user",
            TestCallers.withSession(
                new FederatedUserPrincipal(TestAccounts.ALPHA, "bob", TestPrincipals.alice())),
            "FederatedUser",
            "IAMUser"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callers")
  void givenCaller_userIdentity_namesItsTypeArnAndKey(
      String name, Caller caller, String type, String issuerType) {
    AuditEvent.UserIdentity identity = AuditEvent.UserIdentity.of(caller);

    assertEquals(type, identity.type());
    assertEquals(caller.principal().arn().toString(), identity.arn());
    assertEquals(caller.principal().userId(), identity.principalId());
    assertEquals(caller.principal().account().value(), identity.accountId());
    if (caller.isTemporary()) {
      assertEquals(TestClocks.NOW, identity.sessionContext().creationDate());
      AuditEvent.SessionIssuer issuer = identity.sessionContext().sessionIssuer();
      assertEquals(issuerType, issuer == null ? null : issuer.type());
    } else {
      assertEquals(TestCallers.LONG_TERM_KEY_ID.value(), identity.accessKeyId());
      assertNull(identity.sessionContext());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callers")
  void givenCaller_userIdentity_neverCarriesTheSigningSecret(
      String name, Caller caller, String type, String issuerType) {
    String text = AuditEvent.UserIdentity.of(caller).toString();

    assertEquals(false, text.contains(caller.signingSecret().value()));
  }

  @org.junit.jupiter.api.Test
  void givenRoleSession_sessionIssuer_isTheRole() {
    var session = TestPrincipals.deployerSession("s1");

    AuditEvent.SessionIssuer issuer =
        AuditEvent.UserIdentity.of(TestCallers.withSession(session))
            .sessionContext()
            .sessionIssuer();

    assertEquals(session.roleArn().toString(), issuer.arn());
    assertEquals(session.roleId(), issuer.principalId());
    assertEquals(session.roleName(), issuer.userName());
  }

  @ParameterizedTest(name = "{0} read-only: {1}")
  @CsvSource({
    "GetCallerIdentity, true",
    "ListUsers, true",
    "DecodeAuthorizationMessage, true",
    "GetSessionToken, true",
    "GetWebIdentityToken, false",
    "GetDelegatedAccessToken, false",
    "AssumeRoot, false",
    "CreateUser, false"
  })
  void givenAnAction_isReadOnly_followsCloudTrailsClassification(String action, boolean readOnly) {
    assertEquals(readOnly, AuditEvent.isReadOnly(action));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "arn:aws:iam::123456789012:role/deployer, 123456789012",
        "arn:aws:iam::123456789012:role/path/with:colon, 123456789012",
        "arn:aws:iam::12345678901:role/deployer, none",
        "arn:aws:iam::12345678901x:role/deployer, none",
        "arn:aws:iam::123456789012:, none",
        "not-an-arn, none",
        "none, none"
      })
  void givenAnArn_recipientAccountOf_isItsAccountWhenValid(String arn, String account) {
    assertEquals(account, AuditEvent.recipientAccountOf(arn));
  }
}
