package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractOutboundFederationAndOrganizationStoresContractTest;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.application.port.out.OutboundFederationStore;

class FileOutboundFederationAndOrganizationStoresTest
    extends AbstractOutboundFederationAndOrganizationStoresContractTest {

  @TempDir Path directory;
  private FileStores stores;

  @Override
  protected OutboundFederationStore newFederationStore() {
    return stores().outboundFederation();
  }

  @Override
  protected OrganizationStore newOrganizationStore() {
    return stores().organizations();
  }

  // One directory takes one writer: the stores of a test share it.
  private FileStores stores() {
    if (stores == null) {
      stores = TestFileStores.open(directory);
    }
    return stores;
  }

  @AfterEach
  void closeStores() {
    if (stores != null) {
      stores.close();
    }
  }
}
