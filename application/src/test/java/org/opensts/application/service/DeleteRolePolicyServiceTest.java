package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.DeleteRoleCommand;
import org.opensts.application.port.in.iam.DeleteRolePolicyCommand;
import org.opensts.application.port.in.iam.DeleteRolePolicyUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.policy.PolicyDocument;

/** DeleteRolePolicy: removes one inline policy; with none left the role can be deleted. */
class DeleteRolePolicyServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final PolicyDocument DOCUMENT = new PolicyDocument("2012-10-17", List.of(), "{}");

  private final TestPorts ports = new TestPorts();
  private final StsUseCases useCases = ports.useCases(TestClocks.fixed());
  private final DeleteRolePolicyUseCase useCase = useCases.deleteRolePolicy();

  @Test
  void givenTheRolesLastPolicy_deleteRolePolicy_removesIt_andTheRoleCanThenBeDeleted() {
    ports.roles.save(TestRoles.aRole().withInlinePolicy("a", DOCUMENT));

    useCase.deleteRolePolicy(new DeleteRolePolicyCommand(ROOT, "deployer", "a"));
    Map<String, PolicyDocument> left =
        ports.roles.find(TestAccounts.ALPHA, "deployer").orElseThrow().inlinePolicies();
    useCases.deleteRole().deleteRole(new DeleteRoleCommand(ROOT, "deployer"));

    assertEquals(Map.of(), left);
    assertTrue(ports.roles.byName.isEmpty());
  }

  @Test
  void givenNoPolicyOfThatName_deleteRolePolicy_failsWithNoSuchEntity() {
    ports.roles.save(TestRoles.aRole().withInlinePolicy("a", DOCUMENT));

    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.deleteRolePolicy(new DeleteRolePolicyCommand(ROOT, "deployer", "b")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The role policy with name b cannot be found.", error.getMessage());
  }
}
