package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.GetRolePolicyCommand;
import org.opensts.application.port.in.iam.GetRolePolicyResult;
import org.opensts.application.port.in.iam.GetRolePolicyUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.policy.PolicyDocument;

/** GetRolePolicy: the document exactly as it was given, under the role's stored name. */
class GetRolePolicyServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final String TEXT = "{ \"Version\": \"2012-10-17\" }";

  private final TestPorts ports = new TestPorts();
  private final GetRolePolicyUseCase useCase = ports.useCases(TestClocks.fixed()).getRolePolicy();

  @Test
  void givenPolicy_getRolePolicy_returnsItsText() {
    ports.roles.save(
        TestRoles.aRole()
            .withInlinePolicy("Read", new PolicyDocument("2012-10-17", List.of(), TEXT)));

    GetRolePolicyResult result =
        useCase.getRolePolicy(new GetRolePolicyCommand(ROOT, "Deployer", "Read"));

    assertEquals(new GetRolePolicyResult("deployer", "Read", TEXT), result);
  }

  @Test
  void givenNoPolicyOfThatName_getRolePolicy_failsWithNoSuchEntityInAwsWords() {
    ports.roles.save(TestRoles.aRole());

    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.getRolePolicy(new GetRolePolicyCommand(ROOT, "deployer", "Read")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The role policy with name Read cannot be found.", error.getMessage());
  }

  @Test
  void givenNoSuchRole_getRolePolicy_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.getRolePolicy(new GetRolePolicyCommand(ROOT, "nobody", "Read")));

    assertEquals("The role with name nobody cannot be found.", error.getMessage());
  }
}
