package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractWebTokenSigningKeyRingContractTest;
import org.opensts.application.port.out.WebTokenSigningKeyRing;

class FileWebTokenSigningKeyRingTest extends AbstractWebTokenSigningKeyRingContractTest {

  @TempDir Path directory;
  private FileStores stores;

  @Override
  protected WebTokenSigningKeyRing newRing() {
    stores = TestFileStores.open(directory);
    return stores.webTokenKeys();
  }

  @AfterEach
  void closeStores() {
    if (stores != null) {
      stores.close();
    }
  }
}
