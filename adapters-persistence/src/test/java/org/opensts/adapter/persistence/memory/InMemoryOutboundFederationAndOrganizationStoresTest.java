package org.opensts.adapter.persistence.memory;

import org.opensts.adapter.persistence.contract.AbstractOutboundFederationAndOrganizationStoresContractTest;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.application.port.out.OutboundFederationStore;

class InMemoryOutboundFederationAndOrganizationStoresTest
    extends AbstractOutboundFederationAndOrganizationStoresContractTest {

  @Override
  protected OutboundFederationStore newFederationStore() {
    return new InMemoryOutboundFederationStore();
  }

  @Override
  protected OrganizationStore newOrganizationStore() {
    return new InMemoryOrganizationStore();
  }
}
