package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractUserStoreContractTest;
import org.opensts.application.port.out.UserStore;

class FileUserStoreTest extends AbstractUserStoreContractTest {

  @TempDir Path directory;
  @RegisterExtension final SharedFileStores stores = new SharedFileStores(() -> directory);

  @Override
  protected UserStore newStore() {
    return stores.get().users();
  }
}
