package org.opensts.application.port.in.admin;

/**
 * Use case: declare an organization of accounts the server holds: its management account, member
 * accounts and centralized root access features. An organization already held is kept as it is.
 */
public interface ProvisionOrganizationUseCase {

  /**
   * @throws org.opensts.domain.error.InvalidRequestException when an account is unknown or belongs
   *     to another organization
   */
  void provision(ProvisionOrganizationCommand command);
}
