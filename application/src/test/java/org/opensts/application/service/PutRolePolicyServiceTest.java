package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.GetRoleCommand;
import org.opensts.application.port.in.iam.PutRolePolicyCommand;
import org.opensts.application.port.in.iam.PutRolePolicyUseCase;
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
import org.opensts.domain.iam.Role;
import org.opensts.domain.policy.PolicyDocument;

/**
 * PutRolePolicy: an inline identity policy of a role, 10,240 characters for all of them together;
 * it governs the role's sessions from their next request on.
 */
class PutRolePolicyServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final StsUseCases useCases = ports.useCases(TestClocks.fixed());
  private final PutRolePolicyUseCase useCase = useCases.putRolePolicy();
  private final Role role = TestRoles.aRole();

  @Test
  void givenPolicyAllowingAnAction_putRolePolicy_letsTheRolesSessionsDoIt() {
    ports.roles.save(role);
    String allowGetRole =
        ports.policyParser.define(
            "allow-get-role",
            TestPolicies.allow("iam:GetRole", "arn:aws:iam::111111111111:role/*"));
    Caller session = TestCallers.withSession(TestPrincipals.deployerSession("s1"));
    GetRoleCommand getRole = new GetRoleCommand(session, "deployer");
    assertThrows(AccessDeniedException.class, () -> useCases.getRole().getRole(getRole));

    useCase.putRolePolicy(new PutRolePolicyCommand(ROOT, "DEPLOYER", "iam", allowGetRole));

    assertDoesNotThrow(() -> useCases.getRole().getRole(getRole));
    assertEquals(List.of("IDENTITY allow-get-role"), ports.policyParser.parsed);
  }

  @Test
  void givenMalformedPolicy_putRolePolicy_failsAndChangesNothing() {
    ports.roles.save(role);

    assertThrows(
        MalformedPolicyDocumentException.class,
        () ->
            useCase.putRolePolicy(
                new PutRolePolicyCommand(ROOT, "deployer", "p", TestPorts.Parser.MALFORMED)));

    assertEquals(role, stored());
  }

  @Test
  void givenPoliciesOverTheRolesAggregateSize_putRolePolicy_failsWithLimitExceeded() {
    ports.roles.save(role.withInlinePolicy("big", document("x".repeat(10000))));

    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.putRolePolicy(
                    new PutRolePolicyCommand(ROOT, "deployer", "more", "y".repeat(241))));

    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
    assertEquals(
        "Maximum policy size of 10240 bytes exceeded for role deployer", error.getMessage());
    assertEquals(List.of("big"), List.copyOf(stored().inlinePolicies().keySet()));
  }

  @Test
  void givenNoSuchRole_putRolePolicy_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.putRolePolicy(new PutRolePolicyCommand(ROOT, "nobody", "p", "{}")));

    assertEquals("The role with name nobody cannot be found.", error.getMessage());
  }

  @Test
  void givenTheSameName_putRolePolicy_replacesThePolicy() {
    ports.roles.save(role);

    useCase.putRolePolicy(new PutRolePolicyCommand(ROOT, "deployer", "p", "first"));
    useCase.putRolePolicy(new PutRolePolicyCommand(ROOT, "deployer", "p", "second"));

    assertEquals(Map.of("p", document("second")), stored().inlinePolicies());
  }

  private Role stored() {
    return ports.roles.find(TestAccounts.ALPHA, "deployer").orElseThrow();
  }

  private static PolicyDocument document(String text) {
    return new PolicyDocument("2012-10-17", List.of(), text);
  }
}
