package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.sts.GetCallerIdentityCommand;
import org.opensts.application.port.in.sts.GetCallerIdentityResult;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.IamUserPrincipal;

/**
 * GetCallerIdentity reports Account, Arn and UserId in AWS's formats: the root as {@code
 * arn:aws:iam::ACCOUNT:root} with the account as its id, a user by its path and AIDA id, a role
 * session by its assumed-role ARN and {@code AROA…:session}. Session credentials of a user or the
 * root report that user or root.
 */
class GetCallerIdentityServiceTest {

  private final TestPorts ports = new TestPorts();

  static Stream<Arguments> callers() {
    IamUserPrincipal withPath =
        new IamUserPrincipal(
            TestAccounts.BETA, "AIDAZGW7IOFICBCZ2E6UW", new IamPath("/division/team/"), "bob");
    return Stream.of(
        arguments(
            "the root's long-term key",
            TestCallers.withLongTermKey(TestPrincipals.root()),
            new GetCallerIdentityResult(
                "111111111111", "arn:aws:iam::111111111111:root", "111111111111")),
        arguments(
            "the root's session",
            TestCallers.withSession(TestPrincipals.root()),
            new GetCallerIdentityResult(
                "111111111111", "arn:aws:iam::111111111111:root", "111111111111")),
        arguments(
            "a user's long-term key",
            TestCallers.withLongTermKey(TestPrincipals.alice()),
            new GetCallerIdentityResult(
                "111111111111", "arn:aws:iam::111111111111:user/alice", "AIDAAAAAAAAAAAAAAAAAA")),
        arguments(
            "a user with a path",
            TestCallers.withLongTermKey(withPath),
            new GetCallerIdentityResult(
                "222222222222",
                "arn:aws:iam::222222222222:user/division/team/bob",
                "AIDAZGW7IOFICBCZ2E6UW")),
        arguments(
            "a user's session",
            TestCallers.withSession(TestPrincipals.alice()),
            new GetCallerIdentityResult(
                "111111111111", "arn:aws:iam::111111111111:user/alice", "AIDAAAAAAAAAAAAAAAAAA")),
        arguments(
            "a role session",
            TestCallers.withSession(TestPrincipals.deployerSession("build-1")),
            new GetCallerIdentityResult(
                "111111111111",
                "arn:aws:sts::111111111111:assumed-role/deployer/build-1",
                "AROAAAAAAAAAAAAAAAAAA:build-1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callers")
  void givenCaller_getCallerIdentity_reportsItInAwsFormats(
      String description, Caller caller, GetCallerIdentityResult expected) {
    GetCallerIdentityResult result =
        ports
            .useCases(TestClocks.fixed())
            .getCallerIdentity()
            .getCallerIdentity(new GetCallerIdentityCommand(caller));

    assertEquals(expected, result);
  }
}
