package org.opensts.application.port.in.iam;

/**
 * Use case: DisableOrganizationsRootSessions — AssumeRoot is refused for the organization's member
 * accounts.
 */
public interface DisableOrganizationsRootSessionsUseCase {

  OrganizationsFeaturesResult disableOrganizationsRootSessions(
      OrganizationsFeaturesCommand command);
}
