package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractAccessKeyStoreContractTest;
import org.opensts.application.port.out.AccessKeyStore;

class FileAccessKeyStoreTest extends AbstractAccessKeyStoreContractTest {

  @TempDir Path directory;
  @RegisterExtension final SharedFileStores stores = new SharedFileStores(() -> directory);

  @Override
  protected AccessKeyStore newStore() {
    return stores.get().accessKeys();
  }
}
