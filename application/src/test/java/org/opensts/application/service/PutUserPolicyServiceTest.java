package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.GetRoleCommand;
import org.opensts.application.port.in.iam.PutUserPolicyCommand;
import org.opensts.application.port.in.iam.PutUserPolicyUseCase;
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
import org.opensts.domain.iam.User;
import org.opensts.domain.policy.PolicyDocument;

/**
 * PutUserPolicy: an inline identity policy, parsed as one, added or replaced by name, 2,048
 * characters for all of a user's policies together; it governs the user's very next request.
 */
class PutUserPolicyServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final StsUseCases useCases = ports.useCases(TestClocks.fixed());
  private final PutUserPolicyUseCase useCase = useCases.putUserPolicy();
  private final User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());

  @Test
  void givenPolicyAllowingAnAction_putUserPolicy_letsTheUserDoItOnItsNextRequest() {
    ports.users.save(bob);
    ports.roles.save(TestRoles.aRole());
    String allowGetRole =
        ports.policyParser.define(
            "allow-get-role",
            TestPolicies.allow("iam:GetRole", "arn:aws:iam::111111111111:role/*"));
    GetRoleCommand getRole =
        new GetRoleCommand(TestCallers.withLongTermKey(bob.principal()), "deployer");
    assertThrows(AccessDeniedException.class, () -> useCases.getRole().getRole(getRole));

    useCase.putUserPolicy(new PutUserPolicyCommand(ROOT, "BOB", "roles", allowGetRole));

    assertDoesNotThrow(() -> useCases.getRole().getRole(getRole));
    assertEquals(List.of("IDENTITY allow-get-role"), ports.policyParser.parsed);
  }

  @Test
  void givenTheSameName_putUserPolicy_replacesThePolicy() {
    ports.users.save(bob);

    useCase.putUserPolicy(new PutUserPolicyCommand(ROOT, "bob", "p", "first"));
    useCase.putUserPolicy(new PutUserPolicyCommand(ROOT, "bob", "p", "second"));

    assertEquals(Map.of("p", document("second")), stored().inlinePolicies());
  }

  @Test
  void givenMalformedPolicy_putUserPolicy_failsAndChangesNothing() {
    ports.users.save(bob);

    assertThrows(
        MalformedPolicyDocumentException.class,
        () ->
            useCase.putUserPolicy(
                new PutUserPolicyCommand(ROOT, "bob", "p", TestPorts.Parser.MALFORMED)));

    assertEquals(bob, stored());
  }

  @Test
  void givenPoliciesOverTheUsersAggregateSize_putUserPolicy_failsWithLimitExceeded() {
    ports.users.save(bob.withInlinePolicy("big", document("x".repeat(2000))));

    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.putUserPolicy(
                    new PutUserPolicyCommand(ROOT, "bob", "more", "y".repeat(49))));

    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
    assertEquals("Maximum policy size of 2048 bytes exceeded for user bob", error.getMessage());
    assertEquals(List.of("big"), List.copyOf(stored().inlinePolicies().keySet()));
  }

  @Test
  void givenNoSuchUser_putUserPolicy_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.putUserPolicy(new PutUserPolicyCommand(ROOT, "nobody", "p", "{}")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The user with name nobody cannot be found.", error.getMessage());
  }

  @Test
  void givenUserGrantingItselfAPolicy_putUserPolicy_isDeniedWithoutPermission() {
    ports.users.save(bob);

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.putUserPolicy(
                    new PutUserPolicyCommand(
                        TestCallers.withLongTermKey(bob.principal()), "bob", "p", "{}")));

    assertEquals(
        "User: arn:aws:iam::111111111111:user/bob is not authorized to perform:"
            + " iam:PutUserPolicy on resource: arn:aws:iam::111111111111:user/bob because no"
            + " identity-based policy allows the iam:PutUserPolicy action",
        error.getMessage());
    assertEquals(bob, stored());
  }

  private User stored() {
    return ports.users.find(TestAccounts.ALPHA, "bob").orElseThrow();
  }

  private static PolicyDocument document(String text) {
    return new PolicyDocument("2012-10-17", List.of(), text);
  }
}
