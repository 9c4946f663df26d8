package org.opensts.application.service;

import java.util.Arrays;
import org.opensts.application.port.in.iam.OrganizationsFeaturesResult;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.OrganizationException;
import org.opensts.domain.organization.Organization;
import org.opensts.domain.organization.OrganizationFeature;

/**
 * What IAM's centralized root access operations share: the caller must be allowed the {@code iam:}
 * action (these actions have no resource, so {@code *}), and its account must manage an
 * organization. There are no delegated administrators here: a member account is refused as one.
 */
final class OrganizationsFeatures {

  private final OrganizationStore organizations;
  private final IamAuthorizer authorizer;

  OrganizationsFeatures(OrganizationStore organizations, IamAuthorizer authorizer) {
    this.organizations = organizations;
    this.authorizer = authorizer;
  }

  /**
   * @param action such as {@code iam:ListOrganizationsFeatures}
   */
  OrganizationsFeaturesResult list(Caller caller, String action) {
    return result(managed(caller, action));
  }

  /** Enabling what is enabled, or disabling what is not, changes nothing and succeeds. */
  OrganizationsFeaturesResult set(
      Caller caller, String action, OrganizationFeature feature, boolean enabled) {
    Organization updated = managed(caller, action).withFeature(feature, enabled);
    organizations.save(updated);
    return result(updated);
  }

  private Organization managed(Caller caller, String action) {
    authorizer.authorize(caller, action, "*");
    AccountId account = caller.principal().account();
    Organization organization =
        organizations.ofAccount(account).orElseThrow(OrganizationException::organizationNotFound);
    if (!organization.managementAccount().equals(account)) {
      throw OrganizationException.accountNotManagementOrDelegatedAdministrator();
    }
    return organization;
  }

  /** The features in IAM's order. */
  private static OrganizationsFeaturesResult result(Organization organization) {
    return new OrganizationsFeaturesResult(
        organization.id(),
        Arrays.stream(OrganizationFeature.values()).filter(organization::isEnabled).toList());
  }
}
