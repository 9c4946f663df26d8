package org.opensts.adapter.http.oidc;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.function.Function;
import org.opensts.application.port.in.oidc.GetIssuerMetadataCommand;
import org.opensts.application.port.in.oidc.GetIssuerMetadataResult;
import org.opensts.application.port.in.oidc.GetIssuerMetadataUseCase;
import org.opensts.domain.error.EntityException;

/**
 * The discovery documents of each account's issuer, {@code <base>/oidc/<issuer id>}, unsigned and
 * unauthenticated as OpenID Connect Discovery requires. These routes are more specific than the
 * Query endpoint's catch-all, so the router prefers them; an unknown issuer is a plain 404.
 */
@Controller("/oidc/{issuerId}/.well-known")
@ExecuteOn(TaskExecutors.BLOCKING)
final class IssuerDiscoveryController {

  private final GetIssuerMetadataUseCase getIssuerMetadata;

  IssuerDiscoveryController(GetIssuerMetadataUseCase getIssuerMetadata) {
    this.getIssuerMetadata = getIssuerMetadata;
  }

  @Get(uri = "/openid-configuration", produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> openIdConfiguration(String issuerId) {
    return document(issuerId, GetIssuerMetadataResult::openIdConfiguration);
  }

  @Get(uri = "/jwks.json", produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> jwks(String issuerId) {
    return document(issuerId, GetIssuerMetadataResult::jwks);
  }

  private HttpResponse<String> document(
      String issuerId, Function<GetIssuerMetadataResult, String> which) {
    try {
      GetIssuerMetadataResult metadata =
          getIssuerMetadata.getIssuerMetadata(new GetIssuerMetadataCommand(issuerId));
      return HttpResponse.ok(which.apply(metadata)).contentType(MediaType.APPLICATION_JSON_TYPE);
    } catch (EntityException e) {
      return HttpResponse.notFound();
    }
  }
}
