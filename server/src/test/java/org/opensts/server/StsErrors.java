package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.sts.model.StsException;

/** Assertions on the AWS error an SDK call ends in. */
final class StsErrors {

  private StsErrors() {}

  static StsException assertStsError(int status, String code, Executable call) {
    StsException error = assertThrows(StsException.class, call);
    assertAll(
        () -> assertEquals(code, error.awsErrorDetails().errorCode(), error.getMessage()),
        () -> assertEquals(status, error.statusCode(), error.getMessage()));
    return error;
  }

  static void assertStsError(int status, String code, String message, Executable call) {
    StsException error = assertStsError(status, code, call);
    assertEquals(message, error.awsErrorDetails().errorMessage());
  }
}
