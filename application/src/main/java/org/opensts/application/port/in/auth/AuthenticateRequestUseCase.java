package org.opensts.application.port.in.auth;

/** Use case: authenticate a SigV4-signed request and say who made it. */
public interface AuthenticateRequestUseCase {

  /**
   * @throws org.opensts.domain.error.AuthenticationException when the request cannot be tied to
   *     valid credentials
   */
  AuthenticateRequestResult authenticate(AuthenticateRequestCommand command);
}
