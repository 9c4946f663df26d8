package org.opensts.domain.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.domain.credential.Base32;
import org.opensts.domain.credential.Totp;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.identity.IamPath;

/** A virtual MFA device accepts each one-time code once, and never one older than the last. */
class VirtualMfaDeviceTest {

  private static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:10Z");
  private static final long STEP = Totp.stepAt(NOW);

  private final VirtualMfaDevice device =
      VirtualMfaDevice.create(TestAccounts.ALPHA, IamPath.ROOT, "phone", SEED, List.of())
          .enabledFor("alice", NOW);

  private static String code(long step) {
    return Totp.code(Base32.decode(SEED), step);
  }

  @Test
  void givenNewDevice_create_hasAcceptedNoCodeAndIsEnabledForNobody() {
    VirtualMfaDevice created =
        VirtualMfaDevice.create(TestAccounts.ALPHA, IamPath.ROOT, "phone", SEED, List.of());

    assertEquals(VirtualMfaDevice.NO_CODE_ACCEPTED, created.lastAcceptedStep());
    assertFalse(created.isEnabled());
    assertFalse(created.isEnabledFor("alice"));
  }

  @Test
  void givenCurrentCode_acceptingCode_recordsItsStep() {
    VirtualMfaDevice accepted = device.acceptingCode(NOW, code(STEP)).orElseThrow();

    assertEquals(STEP, accepted.lastAcceptedStep());
    assertTrue(accepted.isEnabledFor("alice"));
  }

  @Test
  void givenCodeAlreadyAccepted_acceptingCode_refusesItTheSecondTime() {
    VirtualMfaDevice accepted = device.acceptingCode(NOW, code(STEP)).orElseThrow();

    assertTrue(accepted.acceptingCode(NOW, code(STEP)).isEmpty());
  }

  @Test
  void givenCodeOfAStepBeforeTheLastAccepted_acceptingCode_refusesIt() {
    VirtualMfaDevice accepted = device.acceptingCode(NOW, code(STEP + 1)).orElseThrow();

    assertTrue(accepted.acceptingCode(NOW, code(STEP)).isEmpty());
  }

  @Test
  void givenCodeOfALaterStep_acceptingCode_acceptsItAfterAnEarlierOne() {
    VirtualMfaDevice accepted = device.acceptingCode(NOW, code(STEP - 1)).orElseThrow();

    assertEquals(STEP, accepted.acceptingCode(NOW, code(STEP)).orElseThrow().lastAcceptedStep());
  }

  @Test
  void givenConsecutiveCodes_acceptingConsecutiveCodes_spendsBoth() {
    VirtualMfaDevice enabled =
        device.acceptingConsecutiveCodes(NOW, code(STEP - 1), code(STEP)).orElseThrow();

    assertTrue(enabled.acceptingCode(NOW, code(STEP - 1)).isEmpty(), "first code");
    assertTrue(enabled.acceptingCode(NOW, code(STEP)).isEmpty(), "second code");
    assertTrue(enabled.acceptingCode(NOW, code(STEP + 1)).isPresent(), "next code");
  }

  @Test
  void givenDeactivatedDevice_deactivated_keepsItsSpentCodesSpent() {
    VirtualMfaDevice spent = device.acceptingCode(NOW, code(STEP)).orElseThrow().deactivated();

    assertEquals(STEP, spent.lastAcceptedStep());
    assertFalse(spent.isEnabled());
  }
}
