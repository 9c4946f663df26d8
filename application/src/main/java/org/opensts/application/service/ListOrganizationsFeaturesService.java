package org.opensts.application.service;

import org.opensts.application.port.in.iam.ListOrganizationsFeaturesUseCase;
import org.opensts.application.port.in.iam.OrganizationsFeaturesCommand;
import org.opensts.application.port.in.iam.OrganizationsFeaturesResult;

/**
 * ListOrganizationsFeatures: the features enabled for the organization the caller's account
 * manages.
 */
final class ListOrganizationsFeaturesService implements ListOrganizationsFeaturesUseCase {

  private final OrganizationsFeatures features;

  ListOrganizationsFeaturesService(OrganizationsFeatures features) {
    this.features = features;
  }

  @Override
  public OrganizationsFeaturesResult listOrganizationsFeatures(
      OrganizationsFeaturesCommand command) {
    return features.list(command.caller(), "iam:ListOrganizationsFeatures");
  }
}
