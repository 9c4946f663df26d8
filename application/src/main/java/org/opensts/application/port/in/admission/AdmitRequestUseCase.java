package org.opensts.application.port.in.admission;

import org.opensts.domain.error.CapacityException;

/**
 * Admission before a request is processed: a rate limit per access key id (AWS's {@code
 * Throttling}, "Rate exceeded") so that one client cannot starve the others, and a bound on the
 * requests in progress ({@code ServiceUnavailable}).
 */
public interface AdmitRequestUseCase {

  /**
   * Admits the request, or refuses it with the AWS error that says why.
   *
   * @throws CapacityException when the claimed key is over its rate or the service is full
   */
  AdmitRequestResult admit(AdmitRequestCommand command);
}
