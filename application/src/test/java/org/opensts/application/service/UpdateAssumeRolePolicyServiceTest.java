package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.UpdateAssumeRolePolicyCommand;
import org.opensts.application.port.in.iam.UpdateAssumeRolePolicyUseCase;
import org.opensts.application.port.in.sts.AssumeRoleCommand;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.MalformedPolicyDocumentException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.Role;

/** UpdateAssumeRolePolicy: a new trust policy, parsed as one, deciding the very next AssumeRole. */
class UpdateAssumeRolePolicyServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final String ALICE_ARN = "arn:aws:iam::111111111111:user/alice";

  private final TestPorts ports = new TestPorts();
  private final StsUseCases useCases = ports.useCases(TestClocks.fixed());
  private final UpdateAssumeRolePolicyUseCase useCase = useCases.updateAssumeRolePolicy();

  @Test
  void givenNewTrustPolicy_updateAssumeRolePolicy_decidesTheNextAssumeRole() {
    ports.users.save(TestUsers.aUser());
    ports.roles.save(
        TestRoles.aRole(TestAccounts.ALPHA, "deployer", TestPolicies.trusting(ALICE_ARN)));
    String denying = ports.policyParser.define("deny-alice", TestPolicies.trustDenying(ALICE_ARN));
    AssumeRoleUseCase assumeRole = useCases.assumeRole();
    Caller alice = TestCallers.withLongTermKey(TestPrincipals.alice());
    AssumeRoleCommand assume =
        AssumeRoleCommand.of(
            alice, "arn:aws:iam::111111111111:role/deployer", "s1", AssumeRoleCommand.Options.NONE);
    assumeRole.assumeRole(assume);

    useCase.updateAssumeRolePolicy(new UpdateAssumeRolePolicyCommand(ROOT, "deployer", denying));

    assertThrows(AccessDeniedException.class, () -> assumeRole.assumeRole(assume));
    assertEquals(List.of("TRUST deny-alice"), ports.policyParser.parsed);
  }

  @Test
  void givenMalformedPolicy_updateAssumeRolePolicy_failsAndKeepsTheOldOne() {
    Role role = TestRoles.aRole();
    ports.roles.save(role);

    assertThrows(
        MalformedPolicyDocumentException.class,
        () ->
            useCase.updateAssumeRolePolicy(
                new UpdateAssumeRolePolicyCommand(ROOT, "deployer", TestPorts.Parser.MALFORMED)));

    assertEquals(role, ports.roles.find(TestAccounts.ALPHA, "deployer").orElseThrow());
  }

  @Test
  void givenPolicyOverTheQuota_updateAssumeRolePolicy_failsWithLimitExceeded() {
    Role role = TestRoles.aRole();
    ports.roles.save(role);

    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.updateAssumeRolePolicy(
                    new UpdateAssumeRolePolicyCommand(ROOT, "deployer", "x".repeat(2049))));

    assertEquals("Cannot exceed quota for ACLSizePerRole: 2048", error.getMessage());
    assertEquals(role, ports.roles.find(TestAccounts.ALPHA, "deployer").orElseThrow());
  }

  @Test
  void givenNoSuchRole_updateAssumeRolePolicy_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.updateAssumeRolePolicy(
                    new UpdateAssumeRolePolicyCommand(ROOT, "nobody", "{}")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
  }
}
