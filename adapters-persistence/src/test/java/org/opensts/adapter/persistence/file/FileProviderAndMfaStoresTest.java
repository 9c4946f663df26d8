package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractProviderAndMfaStoresContractTest;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.SamlProviderStore;

class FileProviderAndMfaStoresTest extends AbstractProviderAndMfaStoresContractTest {

  @TempDir Path directory;
  private FileStores stores;

  @Override
  protected OpenIdConnectProviderStore newOidcStore() {
    return stores().oidcProviders();
  }

  @Override
  protected SamlProviderStore newSamlStore() {
    return stores().samlProviders();
  }

  @Override
  protected MfaDeviceStore newMfaStore() {
    return stores().mfaDevices();
  }

  // One directory takes one writer: the three stores of a test share it.
  private FileStores stores() {
    if (stores == null) {
      stores = TestFileStores.open(directory);
    }
    return stores;
  }

  @AfterEach
  void closeStores() {
    if (stores != null) {
      stores.close();
    }
  }
}
