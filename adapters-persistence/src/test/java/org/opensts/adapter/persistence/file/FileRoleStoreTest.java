package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractRoleStoreContractTest;
import org.opensts.application.port.out.RoleStore;

class FileRoleStoreTest extends AbstractRoleStoreContractTest {

  @TempDir Path directory;
  private FileStores stores;

  @Override
  protected RoleStore newStore() {
    stores = TestFileStores.open(directory);
    return stores.roles();
  }

  @AfterEach
  void closeStores() {
    if (stores != null) {
      stores.close();
    }
  }
}
