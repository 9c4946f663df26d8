package org.opensts.application.port.in.sts;

/** Use case: GetSessionToken — temporary credentials for an IAM user or the account root. */
public interface GetSessionTokenUseCase {

  GetSessionTokenResult getSessionToken(GetSessionTokenCommand command);
}
