package org.opensts.adapter.persistence.memory;

import org.opensts.adapter.persistence.contract.AbstractPolicyStoreContractTest;
import org.opensts.application.port.out.PolicyStore;

class InMemoryPolicyStoreTest extends AbstractPolicyStoreContractTest {

  @Override
  protected PolicyStore newStore() {
    return new InMemoryPolicyStore();
  }
}
