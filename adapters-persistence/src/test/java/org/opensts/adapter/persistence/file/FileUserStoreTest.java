package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractUserStoreContractTest;
import org.opensts.application.port.out.UserStore;

class FileUserStoreTest extends AbstractUserStoreContractTest {

  @TempDir Path directory;
  private FileStores stores;

  @Override
  protected UserStore newStore() {
    stores = TestFileStores.open(directory);
    return stores.users();
  }

  @AfterEach
  void closeStores() {
    if (stores != null) {
      stores.close();
    }
  }
}
