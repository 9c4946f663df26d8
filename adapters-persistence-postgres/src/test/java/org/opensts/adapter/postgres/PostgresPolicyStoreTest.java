package org.opensts.adapter.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensts.adapter.persistence.contract.AbstractPolicyStoreContractTest;
import org.opensts.application.port.out.PolicyStore;

class PostgresPolicyStoreTest extends AbstractPolicyStoreContractTest {

  @RegisterExtension final SharedPostgresStores stores = new SharedPostgresStores();

  @Override
  protected PolicyStore newStore() {
    return stores.get().policies();
  }
}
