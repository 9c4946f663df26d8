package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.DeleteUserCommand;
import org.opensts.application.port.in.iam.DeleteUserPolicyCommand;
import org.opensts.application.port.in.iam.DeleteUserPolicyUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.policy.PolicyDocument;

/** DeleteUserPolicy: removes one inline policy; with none left the user can be deleted. */
class DeleteUserPolicyServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final PolicyDocument DOCUMENT = new PolicyDocument("2012-10-17", List.of(), "{}");

  private final TestPorts ports = new TestPorts();
  private final StsUseCases useCases = ports.useCases(TestClocks.fixed());
  private final DeleteUserPolicyUseCase useCase = useCases.deleteUserPolicy();

  @Test
  void givenTheUsersLastPolicy_deleteUserPolicy_removesIt_andTheUserCanThenBeDeleted() {
    ports.users.save(
        TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of("a", DOCUMENT, "b", DOCUMENT)));

    useCase.deleteUserPolicy(new DeleteUserPolicyCommand(ROOT, "bob", "a"));
    Map<String, PolicyDocument> left =
        ports.users.find(TestAccounts.ALPHA, "bob").orElseThrow().inlinePolicies();
    useCase.deleteUserPolicy(new DeleteUserPolicyCommand(ROOT, "bob", "b"));
    useCases.deleteUser().deleteUser(new DeleteUserCommand(ROOT, "bob"));

    assertEquals(Map.of("b", DOCUMENT), left);
    assertTrue(ports.users.find(TestAccounts.ALPHA, "bob").isEmpty());
  }

  @Test
  void givenNoPolicyOfThatName_deleteUserPolicy_failsWithNoSuchEntity() {
    ports.users.save(TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of("a", DOCUMENT)));

    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.deleteUserPolicy(new DeleteUserPolicyCommand(ROOT, "bob", "A")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The user policy with name A cannot be found.", error.getMessage());
  }

  @Test
  void givenNoSuchUser_deleteUserPolicy_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.deleteUserPolicy(new DeleteUserPolicyCommand(ROOT, "nobody", "a")));

    assertEquals("The user with name nobody cannot be found.", error.getMessage());
  }
}
