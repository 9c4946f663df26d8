package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.VirtualMfaDevice;

/**
 * GetSessionToken's parameters, checked against AWS's model.
 *
 * @param durationSeconds 900–129600, or null for the default
 * @param serialNumber the MFA device's serial number or ARN, or null
 * @param tokenCode the MFA device's current code, or null
 */
public record GetSessionTokenCommand(
    Caller caller, Integer durationSeconds, String serialNumber, String tokenCode) {

  public GetSessionTokenCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .range("durationSeconds", durationSeconds, 900, 129600)
        .text("serialNumber", serialNumber, 9, 256, VirtualMfaDevice.SERIAL_NUMBER)
        .text("tokenCode", tokenCode, 6, 6, VirtualMfaDevice.TOKEN_CODE)
        .throwIfInvalid();
  }
}
