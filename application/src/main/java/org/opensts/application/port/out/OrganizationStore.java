package org.opensts.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.organization.Organization;

/** The organizations the server knows; an account belongs to at most one. */
public interface OrganizationStore {

  /** The organization the account manages or is a member of. */
  Optional<Organization> ofAccount(AccountId account);

  List<Organization> all();

  /**
   * Creates or replaces the organization with this id; durable stores return once it is durable.
   *
   * @throws IllegalArgumentException when one of its accounts belongs to another organization
   */
  void save(Organization organization);
}
