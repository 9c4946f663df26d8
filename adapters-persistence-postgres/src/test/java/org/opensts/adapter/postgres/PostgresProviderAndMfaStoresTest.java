package org.opensts.adapter.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensts.adapter.persistence.contract.AbstractProviderAndMfaStoresContractTest;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.SamlProviderStore;

class PostgresProviderAndMfaStoresTest extends AbstractProviderAndMfaStoresContractTest {

  @RegisterExtension final SharedPostgresStores stores = new SharedPostgresStores();

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
