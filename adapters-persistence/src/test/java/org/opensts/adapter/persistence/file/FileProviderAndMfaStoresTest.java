package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.contract.AbstractProviderAndMfaStoresContractTest;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.SamlProviderStore;

class FileProviderAndMfaStoresTest extends AbstractProviderAndMfaStoresContractTest {

  @TempDir Path directory;
  @RegisterExtension final SharedFileStores stores = new SharedFileStores(() -> directory);

  @Override
  protected OpenIdConnectProviderStore newOidcStore() {
    return stores.get().oidcProviders();
  }

  @Override
  protected SamlProviderStore newSamlStore() {
    return stores.get().samlProviders();
  }

  @Override
  protected MfaDeviceStore newMfaStore() {
    return stores.get().mfaDevices();
  }
}
