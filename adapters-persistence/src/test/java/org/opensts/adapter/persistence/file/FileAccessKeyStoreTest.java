package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractAccessKeyStoreContractTest;
import org.opensts.application.port.out.AccessKeyStore;

class FileAccessKeyStoreTest extends AbstractAccessKeyStoreContractTest {

  @TempDir Path directory;
  private FileStores stores;

  @Override
  protected AccessKeyStore newStore() {
    stores = TestFileStores.open(directory);
    return stores.accessKeys();
  }

  @AfterEach
  void closeStores() {
    if (stores != null) {
      stores.close();
    }
  }
}
