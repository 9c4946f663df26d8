package org.opensts.application.port.in.iam;

/**
 * Use case: EnableOrganizationsRootSessions — the management account may take root sessions
 * (AssumeRoot) in member accounts.
 */
public interface EnableOrganizationsRootSessionsUseCase {

  OrganizationsFeaturesResult enableOrganizationsRootSessions(OrganizationsFeaturesCommand command);
}
