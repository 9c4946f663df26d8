package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractWebTokenSigningKeyRingContractTest;
import org.opensts.application.port.out.WebTokenSigningKeyRing;

class FileWebTokenSigningKeyRingTest extends AbstractWebTokenSigningKeyRingContractTest {

  @TempDir Path directory;
  @RegisterExtension final SharedFileStores stores = new SharedFileStores(() -> directory);

  @Override
  protected WebTokenSigningKeyRing newRing() {
    return stores.get().webTokenKeys();
  }
}
