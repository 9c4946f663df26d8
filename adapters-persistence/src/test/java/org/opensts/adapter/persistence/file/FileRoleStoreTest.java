package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractRoleStoreContractTest;
import org.opensts.application.port.out.RoleStore;

class FileRoleStoreTest extends AbstractRoleStoreContractTest {

  @TempDir Path directory;
  @RegisterExtension final SharedFileStores stores = new SharedFileStores(() -> directory);

  @Override
  protected RoleStore newStore() {
    return stores.get().roles();
  }
}
