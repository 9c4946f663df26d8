package org.opensts.application.port.in.iam;

/**
 * Use case: DisableOrganizationsRootCredentialsManagement — the management account may no longer
 * manage member accounts' root user credentials.
 */
public interface DisableOrganizationsRootCredentialsManagementUseCase {

  OrganizationsFeaturesResult disableOrganizationsRootCredentialsManagement(
      OrganizationsFeaturesCommand command);
}
