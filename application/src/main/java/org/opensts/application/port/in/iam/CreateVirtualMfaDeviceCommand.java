package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;
import org.opensts.domain.iam.TagSet;
import org.opensts.domain.identity.Tag;

/**
 * CreateVirtualMFADevice's members, checked against AWS's model.
 *
 * @param path null for {@code /}
 */
public record CreateVirtualMfaDeviceCommand(
    Caller caller, String deviceName, String path, List<Tag> tags) {

  public CreateVirtualMfaDeviceCommand {
    Objects.requireNonNull(caller, "caller");
    tags = List.copyOf(tags);
    ParameterValidation.start()
        .required("virtualMFADeviceName", deviceName)
        .text("virtualMFADeviceName", deviceName, 1, 226, IamPatterns.ENTITY_NAME)
        .text("path", path, 1, 512, IamPatterns.PATH)
        .throwIfInvalid();
    TagSet.validate("tags", tags);
  }
}
