package org.opensts.application.port.in.iam;

/**
 * Use case: GetSAMLProvider — the metadata document and dates of a SAML provider of the caller's
 * account.
 */
public interface GetSamlProviderUseCase {

  GetSamlProviderResult getSamlProvider(GetSamlProviderCommand command);
}
