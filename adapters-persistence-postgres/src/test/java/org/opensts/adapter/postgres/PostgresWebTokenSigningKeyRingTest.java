package org.opensts.adapter.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensts.adapter.persistence.contract.AbstractWebTokenSigningKeyRingContractTest;
import org.opensts.application.port.out.WebTokenSigningKeyRing;

class PostgresWebTokenSigningKeyRingTest extends AbstractWebTokenSigningKeyRingContractTest {

  @RegisterExtension final SharedPostgresStores stores = new SharedPostgresStores();

  @Override
  protected WebTokenSigningKeyRing newRing() {
    return stores.get().webTokenKeys();
  }
}
