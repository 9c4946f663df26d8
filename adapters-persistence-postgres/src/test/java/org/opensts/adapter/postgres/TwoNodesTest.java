package org.opensts.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensts.adapter.policyjson.JacksonPolicyDocumentParser;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.policy.PolicyKind;

/**
 * Two nodes on one database: what one writes, the other sees within the bound, and no write is
 * lost.
 */
class TwoNodesTest {

  private static final String ALLOW_ALL =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

  @RegisterExtension final TwoNodes nodes = new TwoNodes();
  private final DataSource database = nodes.database();
  private final PostgresStores nodeA = nodes.a();
  private final PostgresStores nodeB = nodes.b();

  @Test
  void givenUserAddedOnNodeA_nodeB_findsItWithinTheBound() throws InterruptedException {
    User alice = TestUsers.aUser();

    assertTrue(nodeA.users().add(alice));

    assertEquals(
        Optional.of(alice),
        Eventually.present(() -> nodeB.users().find(alice.account(), alice.name())));
  }

  @Test
  void givenBothNodesReadTheUser_theSecondWrite_isRefusedAsConcurrentModification()
      throws InterruptedException {
    User alice = TestUsers.aUser();
    nodeA.users().add(alice);
    Eventually.present(() -> nodeB.users().find(alice.account(), alice.name()));
    User readByA = nodeA.users().find(alice.account(), alice.name()).orElseThrow();
    User readByB = nodeB.users().find(alice.account(), alice.name()).orElseThrow();

    nodeA.users().save(readByA.withInlinePolicy("a", policy()));
    EntityException refused =
        assertThrows(
            EntityException.class,
            () -> nodeB.users().save(readByB.withInlinePolicy("b", policy())));

    assertEquals(ErrorCode.CONCURRENT_MODIFICATION, refused.code());
    User retried = nodeB.users().find(alice.account(), alice.name()).orElseThrow();
    assertTrue(retried.inlinePolicies().containsKey("a"), "the retry starts from A's write");
    nodeB.users().save(retried.withInlinePolicy("b", policy()));
    assertEquals(
        java.util.Set.of("a", "b"),
        Eventually.present(
                () ->
                    nodeA
                        .users()
                        .find(alice.account(), alice.name())
                        .filter(u -> u.inlinePolicies().size() == 2))
            .orElseThrow()
            .inlinePolicies()
            .keySet());
  }

  private static org.opensts.domain.policy.PolicyDocument policy() {
    return new JacksonPolicyDocumentParser().parse(ALLOW_ALL, PolicyKind.IDENTITY);
  }
}
