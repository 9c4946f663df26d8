package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.GetUserPolicyCommand;
import org.opensts.application.port.in.iam.GetUserPolicyResult;
import org.opensts.application.port.in.iam.GetUserPolicyUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.policy.PolicyDocument;

/** GetUserPolicy: the document exactly as it was given, under the user's stored name. */
class GetUserPolicyServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final String TEXT = "{\n  \"Version\": \"2012-10-17\"\n}";

  private final TestPorts ports = new TestPorts();
  private final GetUserPolicyUseCase useCase = ports.useCases(TestClocks.fixed()).getUserPolicy();

  @Test
  void givenPolicy_getUserPolicy_returnsItsTextUnderTheStoredNames() {
    ports.users.save(bobWith(Map.of("Read", document(TEXT))));

    GetUserPolicyResult result =
        useCase.getUserPolicy(new GetUserPolicyCommand(ROOT, "BOB", "Read"));

    assertEquals(new GetUserPolicyResult("bob", "Read", TEXT), result);
  }

  @Test
  void givenNoPolicyOfThatName_getUserPolicy_failsWithNoSuchEntityInAwsWords() {
    ports.users.save(bobWith(Map.of("Read", document(TEXT))));

    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.getUserPolicy(new GetUserPolicyCommand(ROOT, "bob", "Write")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The user policy with name Write cannot be found.", error.getMessage());
  }

  @Test
  void givenNoSuchUser_getUserPolicy_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.getUserPolicy(new GetUserPolicyCommand(ROOT, "nobody", "Read")));

    assertEquals("The user with name nobody cannot be found.", error.getMessage());
  }

  @Test
  void givenAnotherUserWithoutPolicy_getUserPolicy_isDenied() {
    ports.users.save(bobWith(Map.of("Read", document(TEXT))));
    User carol = TestUsers.aUser(TestAccounts.ALPHA, "carol", Map.of());
    ports.users.save(carol);

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.getUserPolicy(
                new GetUserPolicyCommand(
                    TestCallers.withLongTermKey(carol.principal()), "bob", "Read")));
  }

  private static User bobWith(Map<String, PolicyDocument> policies) {
    return TestUsers.aUser(TestAccounts.ALPHA, "bob", policies);
  }

  private static PolicyDocument document(String text) {
    return new PolicyDocument("2012-10-17", List.of(), text);
  }

  @Test
  void givenUserWithoutPolicy_getUserPolicyOfAMissingUser_failsWithAccessDeniedNotNoSuchEntity() {
    User carol = TestUsers.aUser(TestAccounts.ALPHA, "carol", Map.of());
    ports.users.save(carol);

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.getUserPolicy(
                    new GetUserPolicyCommand(
                        TestCallers.withLongTermKey(carol.principal()), "nobody", "Read")));

    assertEquals(
        "User: arn:aws:iam::111111111111:user/carol is not authorized to perform:"
            + " iam:GetUserPolicy on resource: arn:aws:iam::111111111111:user/nobody because no"
            + " identity-based policy allows the iam:GetUserPolicy action",
        error.getMessage());
  }
}
