package org.opensts.adapter.persistence.memory;

import java.security.SecureRandom;
import org.opensts.adapter.persistence.contract.AbstractWebTokenSigningKeyRingContractTest;
import org.opensts.application.port.out.WebTokenSigningKeyRing;

class GeneratedWebTokenSigningKeyRingTest extends AbstractWebTokenSigningKeyRingContractTest {

  @Override
  protected WebTokenSigningKeyRing newRing() {
    return new GeneratedWebTokenSigningKeyRing(new SecureRandom());
  }
}
