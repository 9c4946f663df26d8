package org.opensts.adapter.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensts.adapter.persistence.contract.AbstractAccessKeyStoreContractTest;
import org.opensts.application.port.out.AccessKeyStore;

class PostgresAccessKeyStoreTest extends AbstractAccessKeyStoreContractTest {

  @RegisterExtension final SharedPostgresStores stores = new SharedPostgresStores();

  @Override
  protected AccessKeyStore newStore() {
    return stores.get().accessKeys();
  }
}
