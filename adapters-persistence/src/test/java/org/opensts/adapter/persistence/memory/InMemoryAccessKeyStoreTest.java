package org.opensts.adapter.persistence.memory;

import org.opensts.adapter.persistence.contract.AbstractAccessKeyStoreContractTest;
import org.opensts.application.port.out.AccessKeyStore;

class InMemoryAccessKeyStoreTest extends AbstractAccessKeyStoreContractTest {

  @Override
  protected AccessKeyStore newStore() {
    return new InMemoryAccessKeyStore();
  }
}
