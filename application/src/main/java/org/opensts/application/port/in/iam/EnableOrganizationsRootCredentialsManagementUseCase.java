package org.opensts.application.port.in.iam;

/**
 * Use case: EnableOrganizationsRootCredentialsManagement — the management account may manage member
 * accounts' root user credentials.
 */
public interface EnableOrganizationsRootCredentialsManagementUseCase {

  OrganizationsFeaturesResult enableOrganizationsRootCredentialsManagement(
      OrganizationsFeaturesCommand command);
}
