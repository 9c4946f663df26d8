package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractOutboundFederationAndOrganizationStoresContractTest;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.application.port.out.OutboundFederationStore;

class FileOutboundFederationAndOrganizationStoresTest
    extends AbstractOutboundFederationAndOrganizationStoresContractTest {

  @TempDir Path directory;
  @RegisterExtension final SharedFileStores stores = new SharedFileStores(() -> directory);

  @Override
  protected OutboundFederationStore newFederationStore() {
    return stores.get().outboundFederation();
  }

  @Override
  protected OrganizationStore newOrganizationStore() {
    return stores.get().organizations();
  }
}
