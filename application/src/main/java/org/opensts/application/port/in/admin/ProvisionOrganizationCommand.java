package org.opensts.application.port.in.admin;

import java.util.Objects;
import org.opensts.domain.organization.Organization;

/** An organization to declare, as the bootstrap file describes it. */
public record ProvisionOrganizationCommand(Organization organization) {

  public ProvisionOrganizationCommand {
    Objects.requireNonNull(organization, "organization");
  }
}
