package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.iam.model.IamException;

/** Assertions on the AWS error an IAM SDK call ends in, as the SDK reports it. */
final class IamErrors {

  private IamErrors() {}

  static IamException assertIamError(int status, String code, Executable call) {
    IamException error = assertThrows(IamException.class, call);
    assertAll(
        () -> assertEquals(code, error.awsErrorDetails().errorCode(), error.getMessage()),
        () -> assertEquals(status, error.statusCode(), error.getMessage()));
    return error;
  }

  static void assertIamError(int status, String code, String message, Executable call) {
    IamException error = assertIamError(status, code, call);
    assertEquals(message, error.awsErrorDetails().errorMessage());
  }
}
