package org.opensts.adapter.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensts.adapter.persistence.contract.AbstractRoleStoreContractTest;
import org.opensts.application.port.out.RoleStore;

class PostgresRoleStoreTest extends AbstractRoleStoreContractTest {

  @RegisterExtension final SharedPostgresStores stores = new SharedPostgresStores();

  @Override
  protected RoleStore newStore() {
    return stores.get().roles();
  }
}
