package org.opensts.application.service;

import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.iam.EnableOutboundWebIdentityFederationCommand;
import org.opensts.application.port.in.iam.EnableOutboundWebIdentityFederationResult;
import org.opensts.application.port.in.iam.EnableOutboundWebIdentityFederationUseCase;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.OutboundFederationException;
import org.opensts.domain.webtoken.OutboundFederation;

/**
 * EnableOutboundWebIdentityFederation: the first time, the account gets a new issuer id; enabled
 * again after a disable, it keeps the one it had, so external services that trust its issuer keep
 * trusting it. Enabled already is {@code FeatureEnabled}.
 */
final class EnableOutboundFederationService implements EnableOutboundWebIdentityFederationUseCase {

  static final String ACTION = "iam:EnableOutboundWebIdentityFederation";

  private final OutboundFederationStore federations;
  private final IamAuthorizer authorizer;
  private final RandomGenerator random;
  private final Supplier<String> issuerBaseUrl;

  EnableOutboundFederationService(
      OutboundFederationStore federations,
      IamAuthorizer authorizer,
      RandomGenerator random,
      Supplier<String> issuerBaseUrl) {
    this.federations = federations;
    this.authorizer = authorizer;
    this.random = random;
    this.issuerBaseUrl = issuerBaseUrl;
  }

  @Override
  public EnableOutboundWebIdentityFederationResult enable(
      EnableOutboundWebIdentityFederationCommand command) {
    authorizer.authorize(command.caller(), ACTION, "*");
    AccountId account = command.caller().principal().account();
    OutboundFederation enabled = enable(federations, account, random);
    return new EnableOutboundWebIdentityFederationResult(enabled.issuerUrl(issuerBaseUrl.get()));
  }

  /** Also the bootstrap file's way, which has no caller to authorize. */
  static OutboundFederation enable(
      OutboundFederationStore federations, AccountId account, RandomGenerator random) {
    OutboundFederation enabled =
        federations
            .find(account)
            .map(
                existing -> {
                  if (existing.enabled()) {
                    throw OutboundFederationException.featureEnabled();
                  }
                  return existing.withEnabled(true);
                })
            .orElseGet(() -> OutboundFederation.enable(account, random));
    federations.save(enabled);
    return enabled;
  }
}
