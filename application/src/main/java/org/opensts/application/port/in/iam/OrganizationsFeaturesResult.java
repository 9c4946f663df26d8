package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.organization.OrganizationFeature;

/**
 * What IAM's centralized root access operations all return: the organization and the features
 * enabled for it (after the change, for Enable and Disable).
 */
public record OrganizationsFeaturesResult(
    String organizationId, List<OrganizationFeature> enabledFeatures) {

  public OrganizationsFeaturesResult {
    Objects.requireNonNull(organizationId, "organizationId");
    enabledFeatures = List.copyOf(enabledFeatures);
  }
}
