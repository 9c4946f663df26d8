package org.opensts.adapter.http.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.IamPath;

class MfaActionsTest {

  @Test
  void givenDevice_seed_isTheBase32TextBase64EncodedAsABlob() {
    VirtualMfaDevice device =
        VirtualMfaDevice.create(
            TestAccounts.ALPHA, IamPath.ROOT, "phone", "JBSWY3DPEHPK3PXP", List.of());

    String wire = MfaActions.seed(device);

    assertEquals(
        "JBSWY3DPEHPK3PXP",
        new String(Base64.getDecoder().decode(wire), StandardCharsets.US_ASCII));
  }
}
