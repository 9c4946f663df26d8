package org.opensts.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

  private static final Duration BOUND = Duration.ofSeconds(1);
  private static final String ALLOW_ALL =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

  private final DataSource database = TestDatabases.fresh();
  private final PostgresStores nodeA = SharedPostgresStores.startedOn(database);
  private final PostgresStores nodeB = SharedPostgresStores.startedOn(database);

  @AfterEach
  void close() {
    nodeA.close();
    nodeB.close();
  }

  @Test
  void givenUserAddedOnNodeA_nodeB_findsItWithinTheBound() throws InterruptedException {
    User alice = TestUsers.aUser();

    assertTrue(nodeA.users().add(alice));

    assertEquals(
        Optional.of(alice), eventually(() -> nodeB.users().find(alice.account(), alice.name())));
  }

  @Test
  void givenBothNodesReadTheUser_theSecondWrite_isRefusedAsConcurrentModification()
      throws InterruptedException {
    User alice = TestUsers.aUser();
    nodeA.users().add(alice);
    eventually(() -> nodeB.users().find(alice.account(), alice.name()));
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
        eventually(
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

  private static <T> Optional<T> eventually(Supplier<Optional<T>> probe)
      throws InterruptedException {
    long deadline = System.nanoTime() + BOUND.toNanos();
    Optional<T> seen = probe.get();
    while (seen.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
      seen = probe.get();
    }
    return seen;
  }
}
