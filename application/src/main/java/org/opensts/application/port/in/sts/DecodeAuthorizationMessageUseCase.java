package org.opensts.application.port.in.sts;

/**
 * Use case: DecodeAuthorizationMessage — opens the encoded message of a denied request for a caller
 * allowed to read it.
 */
public interface DecodeAuthorizationMessageUseCase {

  /**
   * @throws org.opensts.domain.error.AccessDeniedException when the caller's policies do not allow
   *     {@code sts:DecodeAuthorizationMessage}
   * @throws org.opensts.domain.error.InvalidRequestException {@code
   *     InvalidAuthorizationMessageException} when the message does not open
   */
  DecodeAuthorizationMessageResult decodeAuthorizationMessage(
      DecodeAuthorizationMessageCommand command);
}
