package org.opensts.application.port.in.iam;

/**
 * Use case: ListOrganizationsFeatures — the centralized root access features enabled for the
 * caller's organization.
 */
public interface ListOrganizationsFeaturesUseCase {

  OrganizationsFeaturesResult listOrganizationsFeatures(OrganizationsFeaturesCommand command);
}
