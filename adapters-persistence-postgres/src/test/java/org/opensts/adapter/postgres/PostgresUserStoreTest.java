package org.opensts.adapter.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensts.adapter.persistence.contract.AbstractUserStoreContractTest;
import org.opensts.application.port.out.UserStore;

class PostgresUserStoreTest extends AbstractUserStoreContractTest {

  @RegisterExtension final SharedPostgresStores stores = new SharedPostgresStores();

  @Override
  protected UserStore newStore() {
    return stores.get().users();
  }
}
