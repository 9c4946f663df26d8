package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.UntagRoleCommand;
import org.opensts.application.port.in.iam.UntagRoleUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.Tag;

/** UntagRole: removes tags by key in any case; unknown keys are ignored. */
class UntagRoleServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final List<Tag> TAGS =
      List.of(new Tag("env", "dev"), new Tag("Team", "a"), new Tag("owner", "ops"));

  private final TestPorts ports = new TestPorts();
  private final UntagRoleUseCase useCase = ports.useCases(TestClocks.fixed()).untagRole();

  @Test
  void givenKeysInAnyCase_untagRole_removesThoseTagsAndIgnoresUnknownKeys() {
    ports.roles.save(TestRoles.aRole().withTags(TAGS));

    useCase.untagRole(new UntagRoleCommand(ROOT, "deployer", List.of("TEAM", "missing")));

    assertEquals(List.of(new Tag("env", "dev"), new Tag("owner", "ops")), tags());
  }

  @Test
  void givenNoSuchRole_untagRole_failsWithNoSuchEntity() {
    assertThrows(
        EntityException.class,
        () -> useCase.untagRole(new UntagRoleCommand(ROOT, "nobody", List.of("k"))));
  }

  @Test
  void givenUserWithoutPolicy_untagRole_isDeniedAndChangesNothing() {
    ports.roles.save(TestRoles.aRole().withTags(TAGS));
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.untagRole(
                new UntagRoleCommand(
                    TestCallers.withLongTermKey(bob.principal()), "deployer", List.of("env"))));
    assertEquals(TAGS, tags());
  }

  private List<Tag> tags() {
    return ports.roles.find(TestAccounts.ALPHA, "deployer").orElseThrow().tags();
  }
}
