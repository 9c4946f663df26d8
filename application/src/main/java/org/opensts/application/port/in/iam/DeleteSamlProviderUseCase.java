package org.opensts.application.port.in.iam;

/** Use case: DeleteSAMLProvider — removes a SAML provider from the caller's account. */
public interface DeleteSamlProviderUseCase {

  DeleteSamlProviderResult deleteSamlProvider(DeleteSamlProviderCommand command);
}
