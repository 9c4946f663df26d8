package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;
import org.opensts.domain.identity.AccessKeyStatus;

/**
 * UpdateAccessKey's members.
 *
 * @param status {@code Active} or {@code Inactive}
 */
public record UpdateAccessKeyCommand(
    Caller caller, String userName, String accessKeyId, AccessKeyStatus status) {

  private static final List<String> STATUSES = List.of("Active", "Inactive", "Expired");

  public UpdateAccessKeyCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(status, "status");
  }

  /** Builds the command from the members as they arrived. */
  public static UpdateAccessKeyCommand of(
      Caller caller, String userName, String accessKeyId, String status) {
    ParameterValidation.start()
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .required("accessKeyId", accessKeyId)
        .text("accessKeyId", accessKeyId, 16, 128, IamPatterns.ACCESS_KEY_ID)
        .required("status", status)
        .throwIfInvalid();
    if (!STATUSES.contains(status)) {
      throw InvalidRequestException.validationError(
          "1 validation error detected: Value '"
              + status
              + "' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive, Expired]");
    }
    if (status.equals("Expired")) {
      throw InvalidRequestException.invalidInput(
          "Access keys can only be set to Active or Inactive.");
    }
    return new UpdateAccessKeyCommand(
        caller,
        userName,
        accessKeyId,
        status.equals("Active") ? AccessKeyStatus.ACTIVE : AccessKeyStatus.INACTIVE);
  }
}
