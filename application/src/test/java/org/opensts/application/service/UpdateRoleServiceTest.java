package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.UpdateRoleCommand;
import org.opensts.application.port.in.iam.UpdateRoleUseCase;
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
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;

/** UpdateRole: changes only the settings the request names; an empty request changes nothing. */
class UpdateRoleServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final UpdateRoleUseCase useCase = ports.useCases(TestClocks.fixed()).updateRole();
  private final Role original = TestRoles.aRole().withDescription("first");

  @Test
  void givenBothSettings_updateRole_changesBoth() {
    ports.roles.save(original);

    useCase.updateRole(new UpdateRoleCommand(ROOT, "deployer", "second", 7200));

    Role updated = stored();
    assertEquals("second", updated.description());
    assertEquals(Duration.ofHours(2), updated.maxSessionDuration());
    assertEquals(original.trustPolicy(), updated.trustPolicy());
  }

  @Test
  void givenOnlyTheDuration_updateRole_keepsTheDescription() {
    ports.roles.save(original);

    useCase.updateRole(new UpdateRoleCommand(ROOT, "deployer", null, 43200));

    assertEquals("first", stored().description());
    assertEquals(Duration.ofHours(12), stored().maxSessionDuration());
  }

  @Test
  void givenNoSettings_updateRole_changesNothing() {
    ports.roles.save(original);

    useCase.updateRole(new UpdateRoleCommand(ROOT, "deployer", null, null));

    assertEquals(original, stored());
  }

  @Test
  void givenEmptyDescription_updateRole_removesIt() {
    ports.roles.save(original);

    useCase.updateRole(new UpdateRoleCommand(ROOT, "deployer", "", null));

    assertEquals("", stored().description());
  }

  @Test
  void givenNoSuchRole_updateRole_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.updateRole(new UpdateRoleCommand(ROOT, "nobody", "d", null)));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The role with name nobody cannot be found.", error.getMessage());
  }

  @Test
  void givenUserWithoutPolicy_updateRole_isDeniedAndChangesNothing() {
    ports.roles.save(original);
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.updateRole(
                new UpdateRoleCommand(
                    TestCallers.withLongTermKey(bob.principal()), "deployer", "x", null)));
    assertEquals(original, stored());
  }

  private Role stored() {
    return ports.roles.find(TestAccounts.ALPHA, "deployer").orElseThrow();
  }
}
