package org.opensts.adapter.http.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.oidc.GetIssuerMetadataCommand;
import org.opensts.application.port.in.oidc.GetIssuerMetadataResult;
import org.opensts.application.port.in.oidc.GetIssuerMetadataUseCase;
import org.opensts.domain.error.EntityException;

/**
 * The discovery routes in a Micronaut slice: they win over the Query endpoint's catch-all, answer
 * in JSON, and a plain 404 for an issuer nobody has.
 */
@MicronautTest
class IssuerDiscoveryControllerTest {

  private static final String CONFIGURATION = "{\"issuer\":\"http://x/oidc/known\"}";
  private static final String JWKS = "{\"keys\":[]}";

  @Inject
  @Client("/")
  HttpClient client;

  @MockBean(GetIssuerMetadataUseCase.class)
  GetIssuerMetadataUseCase getIssuerMetadata() {
    GetIssuerMetadataUseCase useCase = mock(GetIssuerMetadataUseCase.class);
    when(useCase.getIssuerMetadata(any()))
        .thenAnswer(
            call -> {
              GetIssuerMetadataCommand command = call.getArgument(0);
              if (!command.issuerId().equals("known")) {
                throw EntityException.noSuchEntity("No issuer with id " + command.issuerId());
              }
              return new GetIssuerMetadataResult(CONFIGURATION, JWKS);
            });
    return useCase;
  }

  @Test
  void givenAKnownIssuer_theDiscoveryDocuments_areItsJson() {
    HttpResponse<String> configuration =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/oidc/known/.well-known/openid-configuration"), String.class);
    HttpResponse<String> jwks =
        client
            .toBlocking()
            .exchange(HttpRequest.GET("/oidc/known/.well-known/jwks.json"), String.class);

    assertEquals(CONFIGURATION, configuration.body());
    assertEquals("application/json", configuration.getHeaders().get("Content-Type"));
    assertEquals(JWKS, jwks.body());
  }

  @Test
  void givenAnUnknownIssuer_theDiscoveryDocuments_areNotFound() {
    HttpClientResponseException error =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.GET("/oidc/unknown/.well-known/jwks.json"), String.class));

    assertEquals(404, error.getStatus().getCode());
  }
}
