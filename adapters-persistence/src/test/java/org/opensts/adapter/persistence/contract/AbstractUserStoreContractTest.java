package org.opensts.adapter.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;

/** What every UserStore must do; each implementation supplies only the factory. */
public abstract class AbstractUserStoreContractTest {

  protected abstract UserStore newStore();

  @Test
  void givenSavedUser_find_returnsItByAnyCaseOfItsName() {
    UserStore store = newStore();
    User user = TestUsers.aUser();
    store.save(user);

    assertEquals(user, store.find(user.account(), "ALICE").orElseThrow());
  }

  @Test
  void givenNoSuchUser_find_returnsNothing() {
    UserStore store = newStore();
    store.save(TestUsers.aUser());

    assertTrue(store.find(TestAccounts.ALPHA, "bob").isEmpty());
    assertTrue(store.find(TestAccounts.BETA, "alice").isEmpty());
  }

  @Test
  void givenUserOfTheSameNameInAnyCase_add_refusesAndKeepsTheFirst() {
    UserStore store = newStore();
    User first = TestUsers.aUser();
    User second = TestUsers.aUser(first.account(), "ALICE", Map.of());

    assertTrue(store.add(first));
    assertFalse(store.add(second));
    assertEquals(first, store.find(first.account(), "alice").orElseThrow());
  }
}
