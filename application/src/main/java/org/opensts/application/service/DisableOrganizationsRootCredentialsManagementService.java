package org.opensts.application.service;

import org.opensts.application.port.in.iam.DisableOrganizationsRootCredentialsManagementUseCase;
import org.opensts.application.port.in.iam.OrganizationsFeaturesCommand;
import org.opensts.application.port.in.iam.OrganizationsFeaturesResult;
import org.opensts.domain.organization.OrganizationFeature;

/**
 * DisableOrganizationsRootCredentialsManagement: turns off RootCredentialsManagement for the
 * caller's organization.
 */
final class DisableOrganizationsRootCredentialsManagementService
    implements DisableOrganizationsRootCredentialsManagementUseCase {

  private final OrganizationsFeatures features;

  DisableOrganizationsRootCredentialsManagementService(OrganizationsFeatures features) {
    this.features = features;
  }

  @Override
  public OrganizationsFeaturesResult disableOrganizationsRootCredentialsManagement(
      OrganizationsFeaturesCommand command) {
    return features.set(
        command.caller(),
        "iam:DisableOrganizationsRootCredentialsManagement",
        OrganizationFeature.ROOT_CREDENTIALS_MANAGEMENT,
        false);
  }
}
