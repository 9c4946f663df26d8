package org.opensts.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.OpenIdConnectProvider;

/** Where IAM OpenID Connect providers live: one per issuer URL per account (case-sensitive). */
public interface OpenIdConnectProviderStore {

  /**
   * Adds a new provider, atomically, unless one with the same URL exists in its account.
   *
   * @return false when the URL was taken, and nothing changed
   */
  boolean add(OpenIdConnectProvider provider);

  /**
   * @param url the issuer without {@code https://}
   */
  Optional<OpenIdConnectProvider> find(AccountId account, String url);

  /** The account's providers, in no particular order. */
  List<OpenIdConnectProvider> list(AccountId account);

  /** Removes the provider with that URL, if there is one. */
  void delete(AccountId account, String url);
}
