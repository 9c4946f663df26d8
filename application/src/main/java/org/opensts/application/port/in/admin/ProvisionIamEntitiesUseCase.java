package org.opensts.application.port.in.admin;

/**
 * Use case: create the managed policies, attachments, identity providers and MFA devices an
 * account's bootstrap entry declares, through the same commands and checks as the IAM API, acting
 * as the account root.
 */
public interface ProvisionIamEntitiesUseCase {

  /**
   * @throws org.opensts.domain.error.StsException whose message names the entry and what is wrong
   */
  void provision(ProvisionIamEntitiesCommand command);
}
