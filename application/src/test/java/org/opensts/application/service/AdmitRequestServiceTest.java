package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.admission.AdmitRequestCommand;
import org.opensts.application.port.in.admission.AdmitRequestResult;
import org.opensts.domain.error.CapacityException;
import org.opensts.domain.error.ErrorCode;

class AdmitRequestServiceTest {

  private static final AdmitRequestCommand SIGNED_BY_ALICE =
      new AdmitRequestCommand(Optional.of("AKIAIOSFODNN7EXAMPLE"));
  private static final AdmitRequestCommand UNSIGNED = new AdmitRequestCommand(Optional.empty());

  @Test
  void givenTheBurstSpent_admit_failsWithThrottlingForThatKeyOnly() {
    AdmitRequestService admission =
        new AdmitRequestService(new StsUseCases.AdmissionLimits(0, 0.001, 2));
    admission.admit(SIGNED_BY_ALICE).close();
    admission.admit(SIGNED_BY_ALICE).close();

    CapacityException e =
        assertThrows(CapacityException.class, () -> admission.admit(SIGNED_BY_ALICE));

    assertEquals(ErrorCode.THROTTLING, e.code());
    assertEquals("Rate exceeded", e.getMessage());
    assertDoesNotThrow(() -> admission.admit(UNSIGNED).close());
    assertDoesNotThrow(
        () -> admission.admit(new AdmitRequestCommand(Optional.of("AKIAOTHER"))).close());
  }

  @Test
  void givenTheMaximumInProgress_admit_failsWithServiceUnavailableUntilOneFinishes() {
    AdmitRequestService admission =
        new AdmitRequestService(new StsUseCases.AdmissionLimits(1, 0, 0));
    AdmitRequestResult first = admission.admit(UNSIGNED);

    CapacityException e = assertThrows(CapacityException.class, () -> admission.admit(UNSIGNED));
    first.close();

    assertEquals(ErrorCode.SERVICE_UNAVAILABLE, e.code());
    assertEquals("Service is unable to handle request.", e.getMessage());
    assertDoesNotThrow(() -> admission.admit(UNSIGNED).close());
  }

  @Test
  void givenAnAdmissionClosedTwice_admit_stillKeepsTheBound() {
    AdmitRequestService admission =
        new AdmitRequestService(new StsUseCases.AdmissionLimits(1, 0, 0));
    AdmitRequestResult first = admission.admit(UNSIGNED);
    first.close();
    first.close();
    AdmitRequestResult second = admission.admit(UNSIGNED);

    assertThrows(CapacityException.class, () -> admission.admit(UNSIGNED));
    second.close();
  }

  @Test
  void givenAThrottledKey_admit_holdsNoPlace() {
    AdmitRequestService admission =
        new AdmitRequestService(new StsUseCases.AdmissionLimits(1, 0.001, 1));
    admission.admit(SIGNED_BY_ALICE).close();

    assertThrows(CapacityException.class, () -> admission.admit(SIGNED_BY_ALICE));

    assertDoesNotThrow(() -> admission.admit(UNSIGNED).close());
  }
}
