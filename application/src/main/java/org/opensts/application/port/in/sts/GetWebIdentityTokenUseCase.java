package org.opensts.application.port.in.sts;

/**
 * Use case: GetWebIdentityToken — signs a JSON Web Token that asserts the caller's AWS identity to
 * an external service, verifiable with the keys the account's issuer publishes.
 */
public interface GetWebIdentityTokenUseCase {

  GetWebIdentityTokenResult getWebIdentityToken(GetWebIdentityTokenCommand command);
}
