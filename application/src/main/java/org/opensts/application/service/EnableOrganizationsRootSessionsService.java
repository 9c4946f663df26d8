package org.opensts.application.service;

import org.opensts.application.port.in.iam.EnableOrganizationsRootSessionsUseCase;
import org.opensts.application.port.in.iam.OrganizationsFeaturesCommand;
import org.opensts.application.port.in.iam.OrganizationsFeaturesResult;
import org.opensts.domain.organization.OrganizationFeature;

/**
 * EnableOrganizationsRootSessions: turns on RootSessions, which AssumeRoot needs, for the caller's
 * organization.
 */
final class EnableOrganizationsRootSessionsService
    implements EnableOrganizationsRootSessionsUseCase {

  private final OrganizationsFeatures features;

  EnableOrganizationsRootSessionsService(OrganizationsFeatures features) {
    this.features = features;
  }

  @Override
  public OrganizationsFeaturesResult enableOrganizationsRootSessions(
      OrganizationsFeaturesCommand command) {
    return features.set(
        command.caller(),
        "iam:EnableOrganizationsRootSessions",
        OrganizationFeature.ROOT_SESSIONS,
        true);
  }
}
