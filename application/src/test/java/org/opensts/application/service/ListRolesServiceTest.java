package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.ListRolesCommand;
import org.opensts.application.port.in.iam.ListRolesResult;
import org.opensts.application.port.in.iam.ListRolesUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.IamPath;

/**
 * ListRoles: the caller's account's roles under a path prefix, in name order regardless of case,
 * page by page; authorized on the account's role namespace.
 */
class ListRolesServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final ListRolesUseCase useCase = ports.useCases(TestClocks.fixed()).listRoles();

  @Test
  void givenRolesUnderPaths_listRoles_returnsThoseUnderThePrefixInNameOrder() {
    save("Charlie", "/team/");
    save("alpha", "/team/ops/");
    save("bravo", "/");
    ports.roles.save(TestRoles.aRole(TestAccounts.BETA, "delta", TestPolicies.trusting("*")));

    ListRolesResult all = useCase.listRoles(new ListRolesCommand(ROOT, null, null, null));
    ListRolesResult team = useCase.listRoles(new ListRolesCommand(ROOT, "/team/", null, null));

    assertEquals(List.of("alpha", "bravo", "Charlie"), names(all));
    assertEquals(List.of("alpha", "Charlie"), names(team));
    assertFalse(all.truncated());
    assertNull(all.marker());
  }

  @Test
  void givenFiveRoles_listRolesTwoAtATime_pagesThroughThemAll() {
    for (String name : List.of("e", "c", "a", "d", "b")) {
      save(name, "/");
    }

    ListRolesResult first = useCase.listRoles(new ListRolesCommand(ROOT, null, null, 2));
    ListRolesResult second = useCase.listRoles(new ListRolesCommand(ROOT, null, first.marker(), 2));
    ListRolesResult third = useCase.listRoles(new ListRolesCommand(ROOT, null, second.marker(), 2));

    assertEquals(List.of("a", "b"), names(first));
    assertTrue(first.truncated());
    assertEquals(List.of("c", "d"), names(second));
    assertEquals(List.of("e"), names(third));
    assertFalse(third.truncated());
  }

  @Test
  void givenUserWithoutPolicy_listRoles_isDeniedOnTheRoleNamespace() {
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.listRoles(
                    new ListRolesCommand(
                        TestCallers.withLongTermKey(bob.principal()), null, null, null)));

    assertTrue(
        error.getMessage().contains("on resource: arn:aws:iam::111111111111:role/ because"),
        error.getMessage());
  }

  private void save(String name, String path) {
    Role base = TestRoles.aRole(TestAccounts.ALPHA, name, TestPolicies.trusting("*"));
    ports.roles.save(
        new Role(
            base.account(),
            base.roleId(),
            new IamPath(path),
            name,
            base.trustPolicy(),
            Map.of(),
            base.maxSessionDuration(),
            List.of(),
            base.createDate()));
  }

  private static List<String> names(ListRolesResult result) {
    return result.roles().stream().map(Role::name).toList();
  }
}
