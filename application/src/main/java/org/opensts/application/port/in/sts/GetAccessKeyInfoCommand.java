package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;

/** GetAccessKeyInfo's member: an access key id of 16–128 word characters. */
public record GetAccessKeyInfoCommand(Caller caller, String accessKeyId) {

  private static final ModelPattern ACCESS_KEY_ID = ModelPattern.of("[\\w]*");

  public GetAccessKeyInfoCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("accessKeyId", accessKeyId)
        .text("accessKeyId", accessKeyId, 16, 128, ACCESS_KEY_ID)
        .throwIfInvalid();
  }
}
