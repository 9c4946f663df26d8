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

  @Override
  public synchronized void save(OutboundFederation federation) {
    OutboundFederation previous = byAccount.put(federation.account(), federation);
    if (previous != null) {
      byIssuer.remove(previous.issuerId());
    }
    byIssuer.put(federation.issuerId(), federation);
  }
}
