package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/** EnableMFADevice's members, checked against AWS's model. */
public record EnableMfaDeviceCommand(
    Caller caller,
    String userName,
    String serialNumber,
    String authenticationCode1,
    String authenticationCode2) {

  static final ModelPattern SERIAL_NUMBER = ModelPattern.of("[\\w+=/:,.@-]+");
  static final ModelPattern CODE = ModelPattern.of("[\\d]+");

  public EnableMfaDeviceCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("userName", userName)
        .required("serialNumber", serialNumber)
        .required("authenticationCode1", authenticationCode1)
        .required("authenticationCode2", authenticationCode2)
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .text("serialNumber", serialNumber, 9, 256, SERIAL_NUMBER)
        .text("authenticationCode1", authenticationCode1, 6, 6, CODE)
        .text("authenticationCode2", authenticationCode2, 6, 6, CODE)
        .throwIfInvalid();
  }
}
