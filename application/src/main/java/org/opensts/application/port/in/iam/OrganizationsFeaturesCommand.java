package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;

/**
 * The parameters of IAM's centralized root access operations (Enable/Disable
 * OrganizationsRootCredentialsManagement and OrganizationsRootSessions, ListOrganizationsFeatures):
 * none but the caller, whose account names the organization.
 */
public record OrganizationsFeaturesCommand(Caller caller) {

  public OrganizationsFeaturesCommand {
    Objects.requireNonNull(caller, "caller");
  }
}
