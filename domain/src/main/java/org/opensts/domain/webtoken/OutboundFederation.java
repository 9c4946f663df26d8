package org.opensts.domain.webtoken;

import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.identity.RandomUuids;

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

  /** The feature enabled for the first time, with a new issuer id. */
  public static OutboundFederation enable(AccountId account, RandomGenerator random) {
    return new OutboundFederation(account, RandomUuids.next(random), true);
  }

  /**
   * The issuer URL: {@code <base>/oidc/<issuer id>}, under which the discovery documents are
   * served.
   *
   * @param issuerBaseUrl the server's public base URL, with or without a trailing slash
   */
  public String issuerUrl(String issuerBaseUrl) {
    String base =
        issuerBaseUrl.endsWith("/")
            ? issuerBaseUrl.substring(0, issuerBaseUrl.length() - 1)
            : issuerBaseUrl;
    return base + "/oidc/" + issuerId;
  }

  public OutboundFederation withEnabled(boolean on) {
    return new OutboundFederation(account, issuerId, on);
  }
}
