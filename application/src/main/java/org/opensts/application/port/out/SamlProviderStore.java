package org.opensts.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.SamlProvider;

/** Where IAM SAML providers live: one per name per account. */
public interface SamlProviderStore {

  /**
   * Adds a new provider, atomically, unless one of the same name exists in its account.
   *
   * @return false when the name was taken, and nothing changed
   */
  boolean add(SamlProvider provider);

  Optional<SamlProvider> find(AccountId account, String name);

  /** The account's providers, in no particular order. */
  List<SamlProvider> list(AccountId account);

  /** Removes the provider of that name, if there is one. */
  void delete(AccountId account, String name);
}
