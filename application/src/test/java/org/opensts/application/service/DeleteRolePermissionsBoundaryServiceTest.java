package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.DeleteRolePermissionsBoundaryCommand;
import org.opensts.application.port.in.iam.DeleteRolePermissionsBoundaryUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.iam.PermissionsBoundary;

/**
 * DeleteRolePermissionsBoundary: the role has no boundary afterwards, whether it had one or not.
 */
class DeleteRolePermissionsBoundaryServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final DeleteRolePermissionsBoundaryUseCase useCase =
      ports.useCases(TestClocks.fixed()).deleteRolePermissionsBoundary();

  @Test
  void givenRoleWithBoundary_deleteRolePermissionsBoundary_removesIt() {
    ports.roles.save(
        TestRoles.aRole()
            .withPermissionsBoundary(
                PermissionsBoundary.policy("arn:aws:iam::aws:policy/PowerUserAccess")));

    useCase.deleteRolePermissionsBoundary(
        new DeleteRolePermissionsBoundaryCommand(ROOT, "deployer"));

    assertEquals(PermissionsBoundary.NONE, boundary());
  }

  @Test
  void givenRoleWithoutBoundary_deleteRolePermissionsBoundary_succeeds() {
    ports.roles.save(TestRoles.aRole());

    useCase.deleteRolePermissionsBoundary(
        new DeleteRolePermissionsBoundaryCommand(ROOT, "deployer"));

    assertEquals(PermissionsBoundary.NONE, boundary());
  }

  @Test
  void givenNoSuchRole_deleteRolePermissionsBoundary_failsWithNoSuchEntity() {
    assertThrows(
        EntityException.class,
        () ->
            useCase.deleteRolePermissionsBoundary(
                new DeleteRolePermissionsBoundaryCommand(ROOT, "nobody")));
  }

  private PermissionsBoundary boundary() {
    return ports.roles.find(TestAccounts.ALPHA, "deployer").orElseThrow().permissionsBoundary();
  }
}
