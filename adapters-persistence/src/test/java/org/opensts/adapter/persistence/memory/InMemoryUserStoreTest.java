package org.opensts.adapter.persistence.memory;

import org.opensts.adapter.persistence.contract.AbstractUserStoreContractTest;
import org.opensts.application.port.out.UserStore;

class InMemoryUserStoreTest extends AbstractUserStoreContractTest {

  @Override
  protected UserStore newStore() {
    return new InMemoryUserStore();
  }
}
