package org.opensts.adapter.http.iam;

import java.util.List;
import java.util.Map;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.ResultResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.iam.CreateOpenIdConnectProviderCommand;
import org.opensts.application.port.in.iam.CreateSamlProviderCommand;
import org.opensts.application.port.in.iam.DeleteOpenIdConnectProviderCommand;
import org.opensts.application.port.in.iam.DeleteSamlProviderCommand;
import org.opensts.application.port.in.iam.GetOpenIdConnectProviderCommand;
import org.opensts.application.port.in.iam.GetSamlProviderCommand;
import org.opensts.application.port.in.iam.ListOpenIdConnectProvidersCommand;
import org.opensts.application.port.in.iam.ListSamlProvidersCommand;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.iam.SamlProvider;

/** IAM's identity provider actions: the OpenID Connect and SAML providers. */
final class ProviderActions {

  private ProviderActions() {}

  static Map<String, QueryAction> of(IamApi.ProviderUseCases iam) {
    return Map.of(
        "CreateOpenIDConnectProvider",
        (p, caller) -> {
          OpenIdConnectProvider provider =
              iam.createOpenIdConnectProvider()
                  .createOpenIdConnectProvider(
                      new CreateOpenIdConnectProviderCommand(
                          caller,
                          p.getOrNull("Url"),
                          p.members("ClientIDList"),
                          p.members("ThumbprintList"),
                          p.tags("Tags")))
                  .provider();
          return new ResultResponse(
              "CreateOpenIDConnectProvider",
              d -> {
                d.element("OpenIDConnectProviderArn", provider.arn().toString());
                IamXml.tags(d, provider.tags());
              });
        },
        "GetOpenIDConnectProvider",
        (p, caller) -> {
          OpenIdConnectProvider provider =
              iam.getOpenIdConnectProvider()
                  .getOpenIdConnectProvider(
                      new GetOpenIdConnectProviderCommand(
                          caller, p.getOrNull("OpenIDConnectProviderArn")))
                  .provider();
          return new ResultResponse(
              "GetOpenIDConnectProvider",
              d -> {
                members(d, "ClientIDList", provider.clientIds());
                members(d, "ThumbprintList", provider.thumbprints());
                // IAM returns the URL as the ARN names it, without https://.
                d.element("Url", provider.url())
                    .element("CreateDate", XmlDocument.timestamp(provider.createDate()));
                IamXml.tags(d, provider.tags());
              });
        },
        "ListOpenIDConnectProviders",
        (p, caller) -> {
          List<OpenIdConnectProvider> providers =
              iam.listOpenIdConnectProviders()
                  .listOpenIdConnectProviders(new ListOpenIdConnectProvidersCommand(caller))
                  .providers();
          return new ResultResponse(
              "ListOpenIDConnectProviders",
              d -> {
                d.start("OpenIDConnectProviderList");
                for (OpenIdConnectProvider provider : providers) {
                  d.start("member").element("Arn", provider.arn().toString()).end();
                }
                d.end();
              });
        },
        "DeleteOpenIDConnectProvider",
        (p, caller) -> {
          iam.deleteOpenIdConnectProvider()
              .deleteOpenIdConnectProvider(
                  new DeleteOpenIdConnectProviderCommand(
                      caller, p.getOrNull("OpenIDConnectProviderArn")));
          return QueryResponse.empty("DeleteOpenIDConnectProvider");
        },
        "CreateSAMLProvider",
        (p, caller) -> {
          SamlProvider provider =
              iam.createSamlProvider()
                  .createSamlProvider(
                      new CreateSamlProviderCommand(
                          caller,
                          p.getOrNull("SAMLMetadataDocument"),
                          p.getOrNull("Name"),
                          p.tags("Tags")))
                  .provider();
          return new ResultResponse(
              "CreateSAMLProvider",
              d -> {
                d.element("SAMLProviderArn", provider.arn().toString());
                IamXml.tags(d, provider.tags());
              });
        },
        "GetSAMLProvider",
        (p, caller) -> {
          SamlProvider provider =
              iam.getSamlProvider()
                  .getSamlProvider(
                      new GetSamlProviderCommand(caller, p.getOrNull("SAMLProviderArn")))
                  .provider();
          return new ResultResponse(
              "GetSAMLProvider",
              d -> {
                d.element("SAMLMetadataDocument", provider.metadataDocument())
                    .element("CreateDate", XmlDocument.timestamp(provider.createDate()))
                    .element("ValidUntil", XmlDocument.timestamp(provider.validUntil()));
                IamXml.tags(d, provider.tags());
              });
        },
        "ListSAMLProviders",
        (p, caller) -> {
          List<SamlProvider> providers =
              iam.listSamlProviders()
                  .listSamlProviders(new ListSamlProvidersCommand(caller))
                  .providers();
          return new ResultResponse(
              "ListSAMLProviders",
              d -> {
                d.start("SAMLProviderList");
                for (SamlProvider provider : providers) {
                  d.start("member")
                      .element("Arn", provider.arn().toString())
                      .element("ValidUntil", XmlDocument.timestamp(provider.validUntil()))
                      .element("CreateDate", XmlDocument.timestamp(provider.createDate()))
                      .end();
                }
                d.end();
              });
        },
        "DeleteSAMLProvider",
        (p, caller) -> {
          iam.deleteSamlProvider()
              .deleteSamlProvider(
                  new DeleteSamlProviderCommand(caller, p.getOrNull("SAMLProviderArn")));
          return QueryResponse.empty("DeleteSAMLProvider");
        });
  }

  private static void members(XmlDocument document, String name, List<String> values) {
    document.start(name);
    for (String value : values) {
      document.element("member", value);
    }
    document.end();
  }
}
