package org.opensts.domain.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.policy.PolicyDocument;

/** A user's inline policies: added, replaced and removed by name, 2,048 characters at most. */
class UserTest {

  @Test
  void givenNewName_withInlinePolicy_addsIt_andTheSameNameReplacesIt() {
    User user = TestUsers.aUser();

    User withOne = user.withInlinePolicy("p", document("a"));
    User replaced = withOne.withInlinePolicy("p", document("b"));

    assertEquals(Map.of("p", document("a")), withOne.inlinePolicies());
    assertEquals(Map.of("p", document("b")), replaced.inlinePolicies());
    assertEquals(Map.of(), user.inlinePolicies());
  }

  @Test
  void givenPoliciesOfExactly2048Characters_withInlinePolicy_acceptsThem() {
    User user = TestUsers.aUser().withInlinePolicy("one", document("x".repeat(1000)));

    User full = user.withInlinePolicy("two", document("y".repeat(1048)));

    assertEquals(Set.of("one", "two"), full.inlinePolicies().keySet());
  }

  @Test
  void givenPoliciesOverTheAggregateSize_withInlinePolicy_failsWithLimitExceeded() {
    User user = TestUsers.aUser().withInlinePolicy("one", document("x".repeat(1000)));

    EntityException error =
        assertThrows(
            EntityException.class, () -> user.withInlinePolicy("two", document("y".repeat(1049))));

    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
    assertEquals("Maximum policy size of 2048 bytes exceeded for user alice", error.getMessage());
  }

  @Test
  void givenReplacementOfALargePolicy_withInlinePolicy_countsOnlyTheNewVersion() {
    User user = TestUsers.aUser().withInlinePolicy("one", document("x".repeat(2000)));

    User replaced = user.withInlinePolicy("one", document("y".repeat(2048)));

    assertEquals(document("y".repeat(2048)), replaced.inlinePolicies().get("one"));
  }

  @Test
  void givenWhiteSpace_withInlinePolicy_doesNotCountIt() {
    String spaced = " \n\t".repeat(1000) + "x".repeat(2048);

    User user = TestUsers.aUser().withInlinePolicy("spaced", document(spaced));

    assertEquals(document(spaced), user.inlinePolicies().get("spaced"));
  }

  @Test
  void givenPolicies_withoutInlinePolicy_removesOnlyTheNamedOne() {
    User user =
        TestUsers.aUser()
            .withInlinePolicy("keep", document("k"))
            .withInlinePolicy("drop", document("d"));

    assertEquals(Map.of("keep", document("k")), user.withoutInlinePolicy("drop").inlinePolicies());
    assertEquals(user.inlinePolicies(), user.withoutInlinePolicy("absent").inlinePolicies());
  }

  private static PolicyDocument document(String text) {
    return new PolicyDocument("2012-10-17", List.of(), text);
  }
}
