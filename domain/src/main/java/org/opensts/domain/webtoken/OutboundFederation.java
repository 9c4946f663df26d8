package org.opensts.domain.webtoken;

import java.util.Objects;
import java.util.UUID;
import org.opensts.domain.account.AccountId;

/**
 * An account's outbound identity federation: whether its principals may call GetWebIdentityToken,
 * and the id of its issuer. The id is made when the feature is first enabled and kept when it is
 * disabled and enabled again, so that external services that trust the issuer keep trusting it.
 *
 * @param issuerId a UUID; the issuer URL is the server's issuer base URL followed by it
 */
public record OutboundFederation(AccountId account, String issuerId, boolean enabled) {

  public OutboundFederation {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(issuerId, "issuerId");
    UUID.fromString(issuerId);
  }

  public OutboundFederation withEnabled(boolean on) {
    return new OutboundFederation(account, issuerId, on);
  }
}
