package org.opensts.adapter.persistence.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.webtoken.OutboundFederation;

/** Outbound federation settings in two maps, by account and by issuer id. */
public final class InMemoryOutboundFederationStore implements OutboundFederationStore {

  private final Map<AccountId, OutboundFederation> byAccount = new ConcurrentHashMap<>();
  private final Map<String, OutboundFederation> byIssuer = new ConcurrentHashMap<>();

  @Override
  public Optional<OutboundFederation> find(AccountId account) {
    return Optional.ofNullable(byAccount.get(account));
  }

  @Override
  public Optional<OutboundFederation> findByIssuerId(String issuerId) {
    return Optional.ofNullable(byIssuer.get(issuerId));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the issuer id is another account's: an issuer names one
   *     account, and nothing is changed
   */
  @Override
  public synchronized void save(OutboundFederation federation) {
    OutboundFederation holder = byIssuer.get(federation.issuerId());
    if (holder != null && !holder.account().equals(federation.account())) {
      throw new IllegalArgumentException(
          "Issuer " + federation.issuerId() + " belongs to account " + holder.account().value());
    }
    delete(federation.account());
    byAccount.put(federation.account(), federation);
    byIssuer.put(federation.issuerId(), federation);
  }

  /** Forgets the account's setting; the file store takes a change back with it. */
  public synchronized void delete(AccountId account) {
    OutboundFederation previous = byAccount.remove(account);
    if (previous != null) {
      byIssuer.remove(previous.issuerId());
    }
  }
}
