package org.opensts.application.port.in.oidc;

/**
 * Use case: an issuer's discovery documents, which anyone may read: its OpenID configuration and
 * the JWK Set of the keys its tokens are signed with.
 */
public interface GetIssuerMetadataUseCase {

  GetIssuerMetadataResult getIssuerMetadata(GetIssuerMetadataCommand command);
}
