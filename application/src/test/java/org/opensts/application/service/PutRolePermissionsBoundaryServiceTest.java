package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryCommand;
import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.User;

/**
 * PutRolePermissionsBoundary: records the boundary's policy ARN on the role, replacing any; the
 * policy must exist.
 */
class PutRolePermissionsBoundaryServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final String FIRST = "arn:aws:iam::111111111111:policy/First";
  private static final String SECOND = "arn:aws:iam::111111111111:policy/Second";

  private final TestPorts ports = new TestPorts();
  private final PutRolePermissionsBoundaryUseCase useCase =
      ports.useCases(TestClocks.fixed()).putRolePermissionsBoundary();

  @Test
  void givenRole_putRolePermissionsBoundary_setsThenReplacesIt() {
    ports.roles.save(TestRoles.aRole());
    ports.policies.add(ManagedPolicyFixtures.policy("First"));
    ports.policies.add(ManagedPolicyFixtures.policy("Second"));

    useCase.putRolePermissionsBoundary(
        new PutRolePermissionsBoundaryCommand(ROOT, "deployer", FIRST));
    PermissionsBoundary first = boundary();
    useCase.putRolePermissionsBoundary(
        new PutRolePermissionsBoundaryCommand(ROOT, "deployer", SECOND));

    assertEquals(PermissionsBoundary.policy(FIRST), first);
    assertEquals(PermissionsBoundary.policy(SECOND), boundary());
  }

  @Test
  void givenNoSuchPolicy_putRolePermissionsBoundary_failsWithNoSuchEntityAndKeepsNone() {
    ports.roles.save(TestRoles.aRole());

    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.putRolePermissionsBoundary(
                    new PutRolePermissionsBoundaryCommand(ROOT, "deployer", FIRST)));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals(
        "Scope ARN: " + FIRST + " does not exist or is not attachable.", error.getMessage());
    assertEquals(PermissionsBoundary.NONE, boundary());
  }

  @Test
  void givenNoSuchRole_putRolePermissionsBoundary_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.putRolePermissionsBoundary(
                    new PutRolePermissionsBoundaryCommand(ROOT, "nobody", FIRST)));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
  }

  @Test
  void givenUserWithoutPolicy_putRolePermissionsBoundary_isDenied() {
    ports.roles.save(TestRoles.aRole());
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.putRolePermissionsBoundary(
                new PutRolePermissionsBoundaryCommand(
                    TestCallers.withLongTermKey(bob.principal()), "deployer", FIRST)));
    assertEquals(PermissionsBoundary.NONE, boundary());
  }

  private PermissionsBoundary boundary() {
    return ports.roles.find(TestAccounts.ALPHA, "deployer").orElseThrow().permissionsBoundary();
  }
}
