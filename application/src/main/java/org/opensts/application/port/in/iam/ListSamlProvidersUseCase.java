package org.opensts.application.port.in.iam;

/** Use case: ListSAMLProviders — the caller's account's SAML providers. */
public interface ListSamlProvidersUseCase {

  ListSamlProvidersResult listSamlProviders(ListSamlProvidersCommand command);
}
