package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.RoleSessionName;

/**
 * AssumeRole's parameters, checked against AWS's model; all violations are reported together.
 *
 * @param durationSeconds 900–43200, or null for the default
 */
public record AssumeRoleCommand(
    Caller caller, Arn roleArn, RoleSessionName roleSessionName, Integer durationSeconds) {

  static final ModelPattern ARN_TYPE =
      ModelPattern.of(
          "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+");

  public AssumeRoleCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(roleArn, "roleArn");
    Objects.requireNonNull(roleSessionName, "roleSessionName");
    ParameterValidation.start()
        .range("durationSeconds", durationSeconds, 900, 43200)
        .throwIfInvalid();
  }

  /** Builds the command from the members as they arrived. */
  public static AssumeRoleCommand of(
      Caller caller, String roleArn, String roleSessionName, Integer durationSeconds) {
    ParameterValidation.start()
        .required("roleArn", roleArn)
        .text("roleArn", roleArn, 20, 2048, ARN_TYPE)
        .required("roleSessionName", roleSessionName)
        .text("roleSessionName", roleSessionName, 2, 64, RoleSessionName.PATTERN)
        .range("durationSeconds", durationSeconds, 900, 43200)
        .throwIfInvalid();
    Arn arn =
        Arn.parse(roleArn)
            .orElseThrow(() -> InvalidRequestException.validationError(roleArn + " is invalid"));
    return new AssumeRoleCommand(caller, arn, RoleSessionName.of(roleSessionName), durationSeconds);
  }
}
