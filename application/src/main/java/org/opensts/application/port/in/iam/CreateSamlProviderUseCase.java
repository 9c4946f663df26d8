package org.opensts.application.port.in.iam;

/**
 * Use case: CreateSAMLProvider — registers a SAML identity provider from its metadata document in
 * the caller's account.
 */
public interface CreateSamlProviderUseCase {

  CreateSamlProviderResult createSamlProvider(CreateSamlProviderCommand command);
}
