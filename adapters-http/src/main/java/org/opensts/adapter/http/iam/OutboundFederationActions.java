package org.opensts.adapter.http.iam;

import java.util.Map;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.ResultResponse;
import org.opensts.application.port.in.iam.DisableOutboundWebIdentityFederationCommand;
import org.opensts.application.port.in.iam.EnableOutboundWebIdentityFederationCommand;
import org.opensts.application.port.in.iam.GetOutboundWebIdentityFederationInfoCommand;
import org.opensts.application.port.in.iam.GetOutboundWebIdentityFederationInfoResult;

/** IAM's outbound identity federation actions, none of which takes a parameter. */
final class OutboundFederationActions {

  private OutboundFederationActions() {}

  static Map<String, QueryAction> of(IamApi.OutboundFederationUseCases iam) {
    return Map.of(
        "EnableOutboundWebIdentityFederation",
        (p, caller) -> {
          String issuer =
              iam.enable()
                  .enable(new EnableOutboundWebIdentityFederationCommand(caller))
                  .issuerIdentifier();
          return new ResultResponse(
              "EnableOutboundWebIdentityFederation", d -> d.element("IssuerIdentifier", issuer));
        },
        "DisableOutboundWebIdentityFederation",
        (p, caller) -> {
          iam.disable().disable(new DisableOutboundWebIdentityFederationCommand(caller));
          return QueryResponse.empty("DisableOutboundWebIdentityFederation");
        },
        "GetOutboundWebIdentityFederationInfo",
        (p, caller) -> {
          GetOutboundWebIdentityFederationInfoResult info =
              iam.getInfo().getInfo(new GetOutboundWebIdentityFederationInfoCommand(caller));
          return new ResultResponse(
              "GetOutboundWebIdentityFederationInfo",
              d ->
                  d.element("IssuerIdentifier", info.issuerIdentifier())
                      .element("JwtVendingEnabled", Boolean.toString(info.jwtVendingEnabled())));
        });
  }
}
