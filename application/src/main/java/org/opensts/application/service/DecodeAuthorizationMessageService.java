package org.opensts.application.service;

import org.opensts.application.port.in.sts.DecodeAuthorizationMessageCommand;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageResult;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageUseCase;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.authorization.AuthorizationMessageCodec;
import org.opensts.domain.credential.Caller;

/**
 * DecodeAuthorizationMessage: opens a message sealed under this server's key ring for a caller
 * whose policies allow {@code sts:DecodeAuthorizationMessage}, since a message tells which policies
 * exist and what they say.
 */
final class DecodeAuthorizationMessageService implements DecodeAuthorizationMessageUseCase {

  static final String ACTION = "sts:DecodeAuthorizationMessage";
  private static final String RESOURCE = "*";

  private final CallerPermissions permissions;
  private final RequestKeys requestKeys;
  private final KeyRing keyRing;

  DecodeAuthorizationMessageService(
      CallerPermissions permissions, RequestKeys requestKeys, KeyRing keyRing) {
    this.permissions = permissions;
    this.requestKeys = requestKeys;
    this.keyRing = keyRing;
  }

  @Override
  public DecodeAuthorizationMessageResult decodeAuthorizationMessage(
      DecodeAuthorizationMessageCommand command) {
    authorize(command.caller());
    return new DecodeAuthorizationMessageResult(
        AuthorizationMessageCodec.decode(command.encodedMessage(), keyRing::find).toJson());
  }

  /** Before the message is opened, so that a caller without the right learns nothing from it. */
  private void authorize(Caller caller) {
    permissions.require(caller, ACTION, RESOURCE, requestKeys.of(caller).build());
  }
}
