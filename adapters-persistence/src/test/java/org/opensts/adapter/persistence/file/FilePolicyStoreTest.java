package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractPolicyStoreContractTest;
import org.opensts.application.port.out.PolicyStore;

class FilePolicyStoreTest extends AbstractPolicyStoreContractTest {

  @TempDir Path directory;
  @RegisterExtension final SharedFileStores stores = new SharedFileStores(() -> directory);

  @Override
  protected PolicyStore newStore() {
    return stores.get().policies();
  }
}
