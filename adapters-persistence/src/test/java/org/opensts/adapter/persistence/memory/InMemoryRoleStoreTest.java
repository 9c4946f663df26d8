package org.opensts.adapter.persistence.memory;

import org.opensts.adapter.persistence.contract.AbstractRoleStoreContractTest;
import org.opensts.application.port.out.RoleStore;

class InMemoryRoleStoreTest extends AbstractRoleStoreContractTest {

  @Override
  protected RoleStore newStore() {
    return new InMemoryRoleStore();
  }
}
