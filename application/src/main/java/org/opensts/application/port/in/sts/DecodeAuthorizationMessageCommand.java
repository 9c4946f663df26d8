package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.authorization.AuthorizationMessageCodec;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;

/** DecodeAuthorizationMessage's member: the encoded message, 1–10240 characters. */
public record DecodeAuthorizationMessageCommand(Caller caller, String encodedMessage) {

  public DecodeAuthorizationMessageCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("encodedMessage", encodedMessage)
        .length("encodedMessage", encodedMessage, 1, AuthorizationMessageCodec.MAX_ENCODED_LENGTH)
        .throwIfInvalid();
  }
}
