package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractPolicyStoreContractTest;
import org.opensts.application.port.out.PolicyStore;

class FilePolicyStoreTest extends AbstractPolicyStoreContractTest {

  @TempDir Path directory;
  private FileStores stores;

  @Override
  protected PolicyStore newStore() {
    stores = TestFileStores.open(directory);
    return stores.policies();
  }

  @AfterEach
  void closeStores() {
    if (stores != null) {
      stores.close();
    }
  }
}
