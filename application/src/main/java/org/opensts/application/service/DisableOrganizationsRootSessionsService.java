package org.opensts.application.service;

import org.opensts.application.port.in.iam.DisableOrganizationsRootSessionsUseCase;
import org.opensts.application.port.in.iam.OrganizationsFeaturesCommand;
import org.opensts.application.port.in.iam.OrganizationsFeaturesResult;
import org.opensts.domain.organization.OrganizationFeature;

/** DisableOrganizationsRootSessions: turns off RootSessions: AssumeRoot is refused from then on. */
final class DisableOrganizationsRootSessionsService
    implements DisableOrganizationsRootSessionsUseCase {

  private final OrganizationsFeatures features;

  DisableOrganizationsRootSessionsService(OrganizationsFeatures features) {
    this.features = features;
  }

  @Override
  public OrganizationsFeaturesResult disableOrganizationsRootSessions(
      OrganizationsFeaturesCommand command) {
    return features.set(
        command.caller(),
        "iam:DisableOrganizationsRootSessions",
        OrganizationFeature.ROOT_SESSIONS,
        false);
  }
}
