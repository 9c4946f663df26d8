package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.ListRolePoliciesCommand;
import org.opensts.application.port.in.iam.ListRolePoliciesResult;
import org.opensts.application.port.in.iam.ListRolePoliciesUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.policy.PolicyDocument;

/** ListRolePolicies: the names of a role's inline policies in order, page by page. */
class ListRolePoliciesServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final PolicyDocument DOCUMENT = new PolicyDocument("2012-10-17", List.of(), "{}");

  private final TestPorts ports = new TestPorts();
  private final ListRolePoliciesUseCase useCase =
      ports.useCases(TestClocks.fixed()).listRolePolicies();

  @Test
  void givenThreePolicies_listRolePoliciesTwoAtATime_pagesThroughTheirNamesInOrder() {
    ports.roles.save(
        TestRoles.aRole()
            .withInlinePolicy("p3", DOCUMENT)
            .withInlinePolicy("p1", DOCUMENT)
            .withInlinePolicy("p2", DOCUMENT));

    ListRolePoliciesResult first =
        useCase.listRolePolicies(new ListRolePoliciesCommand(ROOT, "deployer", null, 2));
    ListRolePoliciesResult second =
        useCase.listRolePolicies(new ListRolePoliciesCommand(ROOT, "deployer", first.marker(), 2));

    assertEquals(List.of("p1", "p2"), first.policyNames());
    assertTrue(first.truncated());
    assertEquals(List.of("p3"), second.policyNames());
    assertFalse(second.truncated());
  }

  @Test
  void givenNoSuchRole_listRolePolicies_failsWithNoSuchEntity() {
    assertThrows(
        EntityException.class,
        () -> useCase.listRolePolicies(new ListRolePoliciesCommand(ROOT, "nobody", null, null)));
  }

  @Test
  void givenRoleSessionWithoutPermission_listRolePolicies_isDenied() {
    ports.roles.save(TestRoles.aRole());

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.listRolePolicies(
                new ListRolePoliciesCommand(
                    TestCallers.withSession(TestPrincipals.deployerSession("s1")),
                    "deployer",
                    null,
                    null)));
  }
}
