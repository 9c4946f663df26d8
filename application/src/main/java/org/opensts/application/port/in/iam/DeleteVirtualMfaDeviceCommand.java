package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;

/** DeleteVirtualMFADevice's members. */
public record DeleteVirtualMfaDeviceCommand(Caller caller, String serialNumber) {

  public DeleteVirtualMfaDeviceCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("serialNumber", serialNumber)
        .text("serialNumber", serialNumber, 9, 256, EnableMfaDeviceCommand.SERIAL_NUMBER)
        .throwIfInvalid();
  }
}
