package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.TagRoleCommand;
import org.opensts.application.port.in.iam.TagRoleUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.identity.Tag;

/** TagRole: adds tags; a key present in any case is replaced; 50 at most (TagsPerRole). */
class TagRoleServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final TagRoleUseCase useCase = ports.useCases(TestClocks.fixed()).tagRole();

  @Test
  void givenTaggedRole_tagRole_addsNewKeysAndReplacesOnesInAnotherCase() {
    ports.roles.save(TestRoles.aRole().withTags(List.of(tag("Team", "a"), tag("env", "dev"))));

    useCase.tagRole(new TagRoleCommand(ROOT, "deployer", List.of(tag("team", "b"), tag("x", ""))));

    assertEquals(List.of(tag("env", "dev"), tag("team", "b"), tag("x", "")), tags());
  }

  @Test
  void givenFiftyTags_tagRoleWithANewKey_failsWithLimitExceededAndChangesNothing() {
    List<Tag> fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> tag("k" + i, "v")).toList();
    ports.roles.save(TestRoles.aRole().withTags(fifty));

    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.tagRole(new TagRoleCommand(ROOT, "deployer", List.of(tag("new", "v")))));

    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
    assertEquals("Cannot exceed quota for TagsPerRole: 50", error.getMessage());
    assertEquals(fifty, tags());
  }

  @Test
  void givenNoSuchRole_tagRole_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.tagRole(new TagRoleCommand(ROOT, "nobody", List.of(tag("k", "v")))));

    assertEquals("The role with name nobody cannot be found.", error.getMessage());
  }

  private List<Tag> tags() {
    return ports.roles.find(TestAccounts.ALPHA, "deployer").orElseThrow().tags();
  }

  private static Tag tag(String key, String value) {
    return new Tag(key, value);
  }
}
