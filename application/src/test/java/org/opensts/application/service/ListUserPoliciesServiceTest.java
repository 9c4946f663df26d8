package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.ListUserPoliciesCommand;
import org.opensts.application.port.in.iam.ListUserPoliciesResult;
import org.opensts.application.port.in.iam.ListUserPoliciesUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.policy.PolicyDocument;

/** ListUserPolicies: the names of a user's inline policies in order, page by page. */
class ListUserPoliciesServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final PolicyDocument DOCUMENT = new PolicyDocument("2012-10-17", List.of(), "{}");

  private final TestPorts ports = new TestPorts();
  private final ListUserPoliciesUseCase useCase =
      ports.useCases(TestClocks.fixed()).listUserPolicies();

  @Test
  void givenThreePolicies_listUserPoliciesTwoAtATime_pagesThroughTheirNamesInOrder() {
    ports.users.save(
        TestUsers.aUser(
            TestAccounts.ALPHA, "bob", Map.of("c", DOCUMENT, "a", DOCUMENT, "b", DOCUMENT)));

    ListUserPoliciesResult first =
        useCase.listUserPolicies(new ListUserPoliciesCommand(ROOT, "bob", null, 2));
    ListUserPoliciesResult second =
        useCase.listUserPolicies(new ListUserPoliciesCommand(ROOT, "bob", first.marker(), 2));

    assertEquals(List.of("a", "b"), first.policyNames());
    assertTrue(first.truncated());
    assertEquals(List.of("c"), second.policyNames());
    assertFalse(second.truncated());
    assertNull(second.marker());
  }

  @Test
  void givenUserWithoutPolicies_listUserPolicies_returnsAnEmptyPage() {
    ports.users.save(TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of()));

    ListUserPoliciesResult result =
        useCase.listUserPolicies(new ListUserPoliciesCommand(ROOT, "bob", null, null));

    assertEquals(List.of(), result.policyNames());
    assertFalse(result.truncated());
  }

  @Test
  void givenNoSuchUser_listUserPolicies_failsWithNoSuchEntity() {
    assertThrows(
        EntityException.class,
        () -> useCase.listUserPolicies(new ListUserPoliciesCommand(ROOT, "nobody", null, null)));
  }

  @Test
  void givenUserListingItsOwnPoliciesWithoutPermission_listUserPolicies_isDenied() {
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.listUserPolicies(
                new ListUserPoliciesCommand(
                    TestCallers.withLongTermKey(bob.principal()), "bob", null, null)));
  }
}
