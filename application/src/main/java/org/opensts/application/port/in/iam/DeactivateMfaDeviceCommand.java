package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/** DeactivateMFADevice's members, checked against AWS's model. */
public record DeactivateMfaDeviceCommand(Caller caller, String userName, String serialNumber) {

  public DeactivateMfaDeviceCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("userName", userName)
        .required("serialNumber", serialNumber)
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .text("serialNumber", serialNumber, 9, 256, EnableMfaDeviceCommand.SERIAL_NUMBER)
        .throwIfInvalid();
  }
}
