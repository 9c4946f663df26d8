package org.opensts.domain.error;

/**
 * A policy document that does not follow the IAM policy grammar; the message says what is wrong.
 */
public final class MalformedPolicyDocumentException extends StsException {

  public MalformedPolicyDocumentException(String message) {
    super(ErrorCode.MALFORMED_POLICY_DOCUMENT, message);
  }
}
