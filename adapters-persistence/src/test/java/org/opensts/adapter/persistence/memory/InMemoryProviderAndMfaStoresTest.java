package org.opensts.adapter.persistence.memory;

import org.opensts.adapter.persistence.contract.AbstractProviderAndMfaStoresContractTest;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.SamlProviderStore;

class InMemoryProviderAndMfaStoresTest extends AbstractProviderAndMfaStoresContractTest {

  @Override
  protected OpenIdConnectProviderStore newOidcStore() {
    return new InMemoryOpenIdConnectProviderStore();
  }

  @Override
  protected SamlProviderStore newSamlStore() {
    return new InMemorySamlProviderStore();
  }

  @Override
  protected MfaDeviceStore newMfaStore() {
    return new InMemoryMfaDeviceStore();
  }
}
