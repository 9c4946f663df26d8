package org.opensts.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensts.application.port.out.AccountStore;
import org.opensts.domain.account.Account;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestClocks;

class PostgresAccountStoreTest {

  @RegisterExtension final SharedPostgresStores stores = new SharedPostgresStores();

  @Test
  void givenSavedAccount_find_returnsItById() {
    AccountStore accounts = stores.get().accounts();
    Account alpha = new Account(TestAccounts.ALPHA, "alpha", TestClocks.NOW);

    accounts.save(alpha);

    assertEquals(Optional.of(alpha), accounts.find(TestAccounts.ALPHA));
  }

  @Test
  void givenSavedAccount_saveWithNewAlias_replacesIt() {
    AccountStore accounts = stores.get().accounts();
    accounts.save(new Account(TestAccounts.ALPHA, "alpha", TestClocks.NOW));

    accounts.save(new Account(TestAccounts.ALPHA, "renamed", TestClocks.NOW));

    assertEquals("renamed", accounts.find(TestAccounts.ALPHA).orElseThrow().alias());
  }

  @Test
  void givenUnknownAccount_find_returnsNothing() {
    assertTrue(stores.get().accounts().find(TestAccounts.BETA).isEmpty());
  }
}
