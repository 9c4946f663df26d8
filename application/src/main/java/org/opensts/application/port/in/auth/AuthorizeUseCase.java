package org.opensts.application.port.in.auth;

/**
 * Use case: Authorize — decides whether a caller this server authenticated may do an action on a
 * resource of an internal service, and seals the reasons of a denial into the message AWS services
 * quote as "Encoded authorization failure message".
 */
public interface AuthorizeUseCase {

  /**
   * @throws org.opensts.domain.error.MalformedPolicyDocumentException when the resource policy is
   *     not a valid policy naming principals
   * @throws org.opensts.domain.error.InvalidRequestException when a context key would override one
   *     the server derives from the caller
   */
  AuthorizeResult authorize(AuthorizeCommand command);
}
