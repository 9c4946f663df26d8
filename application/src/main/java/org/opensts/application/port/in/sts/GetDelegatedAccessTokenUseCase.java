package org.opensts.application.port.in.sts;

/**
 * GetDelegatedAccessToken: a partner exchanges a trade-in token for temporary credentials with the
 * permissions the customer delegated.
 */
public interface GetDelegatedAccessTokenUseCase {

  GetDelegatedAccessTokenResult getDelegatedAccessToken(GetDelegatedAccessTokenCommand command);
}
