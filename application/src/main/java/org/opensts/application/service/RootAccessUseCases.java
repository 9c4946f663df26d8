package org.opensts.application.service;

import java.util.Objects;
import org.opensts.application.port.in.admin.ProvisionOrganizationUseCase;
import org.opensts.application.port.in.iam.DisableOrganizationsRootCredentialsManagementUseCase;
import org.opensts.application.port.in.iam.DisableOrganizationsRootSessionsUseCase;
import org.opensts.application.port.in.iam.EnableOrganizationsRootCredentialsManagementUseCase;
import org.opensts.application.port.in.iam.EnableOrganizationsRootSessionsUseCase;
import org.opensts.application.port.in.iam.ListOrganizationsFeaturesUseCase;
import org.opensts.application.port.in.sts.AssumeRootUseCase;
import org.opensts.application.port.out.AccountStore;
import org.opensts.application.port.out.OrganizationStore;

/**
 * Builds centralized root access for organizations: AssumeRoot, IAM's organization feature
 * operations and the declaration of organizations, beside {@link StsUseCases} and with its
 * permissions, authorizer and credential issuing, so that the composition root wires them while the
 * services stay package-private.
 */
public final class RootAccessUseCases {

  private final AssumeRootUseCase assumeRoot;
  private final EnableOrganizationsRootCredentialsManagementUseCase
      enableOrganizationsRootCredentialsManagement;
  private final DisableOrganizationsRootCredentialsManagementUseCase
      disableOrganizationsRootCredentialsManagement;
  private final EnableOrganizationsRootSessionsUseCase enableOrganizationsRootSessions;
  private final DisableOrganizationsRootSessionsUseCase disableOrganizationsRootSessions;
  private final ListOrganizationsFeaturesUseCase listOrganizationsFeatures;
  private final ProvisionOrganizationUseCase provisionOrganization;

  private RootAccessUseCases(StsUseCases core, Ports ports) {
    this.assumeRoot =
        new AssumeRootService(
            ports.organizations(),
            core.callerPermissions(),
            core.requestKeys(),
            core.credentialIssuer());
    OrganizationsFeatures features =
        new OrganizationsFeatures(ports.organizations(), core.iamAuthorizer());
    this.enableOrganizationsRootCredentialsManagement =
        new EnableOrganizationsRootCredentialsManagementService(features);
    this.disableOrganizationsRootCredentialsManagement =
        new DisableOrganizationsRootCredentialsManagementService(features);
    this.enableOrganizationsRootSessions = new EnableOrganizationsRootSessionsService(features);
    this.disableOrganizationsRootSessions = new DisableOrganizationsRootSessionsService(features);
    this.listOrganizationsFeatures = new ListOrganizationsFeaturesService(features);
    this.provisionOrganization =
        new ProvisionOrganizationService(ports.accounts(), ports.organizations());
  }

  /**
   * @param core the STS and IAM use cases, whose permissions, authorizer and issuer these share
   */
  public static RootAccessUseCases create(StsUseCases core, Ports ports) {
    return new RootAccessUseCases(
        Objects.requireNonNull(core, "core"), Objects.requireNonNull(ports, "ports"));
  }

  /** The organizations, and the accounts they are made of. */
  public record Ports(AccountStore accounts, OrganizationStore organizations) {

    public Ports {
      Objects.requireNonNull(accounts, "accounts");
      Objects.requireNonNull(organizations, "organizations");
    }
  }

  public AssumeRootUseCase assumeRoot() {
    return assumeRoot;
  }

  public EnableOrganizationsRootCredentialsManagementUseCase
      enableOrganizationsRootCredentialsManagement() {
    return enableOrganizationsRootCredentialsManagement;
  }

  public DisableOrganizationsRootCredentialsManagementUseCase
      disableOrganizationsRootCredentialsManagement() {
    return disableOrganizationsRootCredentialsManagement;
  }

  public EnableOrganizationsRootSessionsUseCase enableOrganizationsRootSessions() {
    return enableOrganizationsRootSessions;
  }

  public DisableOrganizationsRootSessionsUseCase disableOrganizationsRootSessions() {
    return disableOrganizationsRootSessions;
  }

  public ListOrganizationsFeaturesUseCase listOrganizationsFeatures() {
    return listOrganizationsFeatures;
  }

  /** The bootstrap file's organizations, once their accounts are provisioned. */
  public ProvisionOrganizationUseCase provisionOrganization() {
    return provisionOrganization;
  }
}
