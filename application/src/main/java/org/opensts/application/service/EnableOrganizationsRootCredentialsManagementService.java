package org.opensts.application.service;

import org.opensts.application.port.in.iam.EnableOrganizationsRootCredentialsManagementUseCase;
import org.opensts.application.port.in.iam.OrganizationsFeaturesCommand;
import org.opensts.application.port.in.iam.OrganizationsFeaturesResult;
import org.opensts.domain.organization.OrganizationFeature;

/**
 * EnableOrganizationsRootCredentialsManagement: turns on RootCredentialsManagement for the caller's
 * organization.
 */
final class EnableOrganizationsRootCredentialsManagementService
    implements EnableOrganizationsRootCredentialsManagementUseCase {

  private final OrganizationsFeatures features;

  EnableOrganizationsRootCredentialsManagementService(OrganizationsFeatures features) {
    this.features = features;
  }

  @Override
  public OrganizationsFeaturesResult enableOrganizationsRootCredentialsManagement(
      OrganizationsFeaturesCommand command) {
    return features.set(
        command.caller(),
        "iam:EnableOrganizationsRootCredentialsManagement",
        OrganizationFeature.ROOT_CREDENTIALS_MANAGEMENT,
        true);
  }
}
