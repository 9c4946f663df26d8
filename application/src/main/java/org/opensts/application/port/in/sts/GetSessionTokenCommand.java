package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;

/**
 * GetSessionToken's parameters, checked against AWS's model.
 *
 * @param durationSeconds 900–129600, or null for the default
 * @param serialNumber the MFA device's serial number or ARN, or null
 * @param tokenCode the MFA device's current code, or null
 */
public record GetSessionTokenCommand(
    Caller caller, Integer durationSeconds, String serialNumber, String tokenCode) {

  private static final ModelPattern SERIAL_NUMBER = ModelPattern.of("[\\w+=/:,.@-]*");
  private static final ModelPattern TOKEN_CODE = ModelPattern.of("[\\d]*");

  public GetSessionTokenCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .range("durationSeconds", durationSeconds, 900, 129600)
        .text("serialNumber", serialNumber, 9, 256, SERIAL_NUMBER)
        .text("tokenCode", tokenCode, 6, 6, TOKEN_CODE)
        .throwIfInvalid();
  }
}
