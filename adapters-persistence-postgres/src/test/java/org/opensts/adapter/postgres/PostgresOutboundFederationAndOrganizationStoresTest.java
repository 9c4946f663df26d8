package org.opensts.adapter.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensts.adapter.persistence.contract.AbstractOutboundFederationAndOrganizationStoresContractTest;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.application.port.out.OutboundFederationStore;

class PostgresOutboundFederationAndOrganizationStoresTest
    extends AbstractOutboundFederationAndOrganizationStoresContractTest {

  @RegisterExtension final SharedPostgresStores stores = new SharedPostgresStores();

  @Override
  protected OutboundFederationStore newFederationStore() {
    return stores.get().outboundFederation();
  }

  @Override
  protected OrganizationStore newOrganizationStore() {
    return stores.get().organizations();
  }
}
