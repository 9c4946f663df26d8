package org.opensts.application.port.out;

import java.util.Optional;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.webtoken.OutboundFederation;

/** Each account's outbound identity federation setting and issuer id. */
public interface OutboundFederationStore {

  Optional<OutboundFederation> find(AccountId account);

  /** The account whose issuer has this id, enabled or not. */
  Optional<OutboundFederation> findByIssuerId(String issuerId);

  /**
   * Creates or replaces the account's setting; durable stores return once it is durable.
   *
   * @throws IllegalArgumentException when the issuer id belongs to another account
   */
  void save(OutboundFederation federation);
}
