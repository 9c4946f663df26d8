package org.opensts.application.port.in.iam;

/**
 * Use case: GetOutboundWebIdentityFederationInfo — the account's issuer URL and whether its
 * principals may get web identity tokens.
 */
public interface GetOutboundWebIdentityFederationInfoUseCase {

  GetOutboundWebIdentityFederationInfoResult getInfo(
      GetOutboundWebIdentityFederationInfoCommand command);
}
