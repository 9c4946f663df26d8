package org.opensts.adapter.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
