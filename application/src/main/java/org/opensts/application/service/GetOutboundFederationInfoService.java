package org.opensts.application.service;

import java.util.function.Supplier;
import org.opensts.application.port.in.iam.GetOutboundWebIdentityFederationInfoCommand;
import org.opensts.application.port.in.iam.GetOutboundWebIdentityFederationInfoResult;
import org.opensts.application.port.in.iam.GetOutboundWebIdentityFederationInfoUseCase;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.domain.error.OutboundFederationException;
import org.opensts.domain.webtoken.OutboundFederation;

/**
 * GetOutboundWebIdentityFederationInfo: the issuer URL and whether tokens are vended. An account
 * that never enabled the feature has no issuer: {@code FeatureDisabled}; one that disabled it still
 * has its issuer, reported with {@code JwtVendingEnabled} false.
 */
final class GetOutboundFederationInfoService
    implements GetOutboundWebIdentityFederationInfoUseCase {

  static final String ACTION = "iam:GetOutboundWebIdentityFederationInfo";

  private final OutboundFederationStore federations;
  private final IamAuthorizer authorizer;
  private final Supplier<String> issuerBaseUrl;

  GetOutboundFederationInfoService(
      OutboundFederationStore federations,
      IamAuthorizer authorizer,
      Supplier<String> issuerBaseUrl) {
    this.federations = federations;
    this.authorizer = authorizer;
    this.issuerBaseUrl = issuerBaseUrl;
  }

  @Override
  public GetOutboundWebIdentityFederationInfoResult getInfo(
      GetOutboundWebIdentityFederationInfoCommand command) {
    authorizer.authorize(command.caller(), ACTION, "*");
    OutboundFederation federation =
        federations
            .find(command.caller().principal().account())
            .orElseThrow(OutboundFederationException::featureDisabled);
    return new GetOutboundWebIdentityFederationInfoResult(
        federation.issuerUrl(issuerBaseUrl.get()), federation.enabled());
  }
}
