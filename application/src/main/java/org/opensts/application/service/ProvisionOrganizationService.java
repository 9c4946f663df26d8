package org.opensts.application.service;

import java.util.ArrayList;
import java.util.List;
import org.opensts.application.port.in.admin.ProvisionOrganizationCommand;
import org.opensts.application.port.in.admin.ProvisionOrganizationUseCase;
import org.opensts.application.port.out.AccountStore;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.organization.Organization;

/**
 * Declares an organization the server does not hold yet; each of its accounts must exist and belong
 * to no other. One it holds stays as it is, with the features IAM may have changed since.
 */
final class ProvisionOrganizationService implements ProvisionOrganizationUseCase {

  private final AccountStore accounts;
  private final OrganizationStore organizations;

  ProvisionOrganizationService(AccountStore accounts, OrganizationStore organizations) {
    this.accounts = accounts;
    this.organizations = organizations;
  }

  @Override
  public void provision(ProvisionOrganizationCommand command) {
    Organization organization = command.organization();
    if (organizations.all().stream().anyMatch(held -> held.id().equals(organization.id()))) {
      return;
    }
    List<AccountId> all = new ArrayList<>(organization.memberAccounts());
    all.add(organization.managementAccount());
    for (AccountId account : all) {
      if (accounts.find(account).isEmpty()) {
        throw InvalidRequestException.invalidInput(
            "Organization " + organization.id() + ": account " + account + " does not exist");
      }
    }
    try {
      organizations.save(organization);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.invalidInput(
          "Organization " + organization.id() + ": " + e.getMessage());
    }
  }
}
