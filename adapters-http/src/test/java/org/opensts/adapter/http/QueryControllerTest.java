package org.opensts.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.domain.error.AuthenticationException;

/** The controller in a Micronaut slice, use cases mocked: what reaches the wire for any request. */
@MicronautTest
class QueryControllerTest {

  @Inject
  @Client("/")
  HttpClient client;

  @MockBean(AuthenticateRequestUseCase.class)
  AuthenticateRequestUseCase authenticator() {
    AuthenticateRequestUseCase mock = mock(AuthenticateRequestUseCase.class);
    when(mock.authenticate(any())).thenThrow(AuthenticationException.missingAuthenticationToken());
    return mock;
  }

  @MockBean(GetCallerIdentityUseCase.class)
  GetCallerIdentityUseCase getCallerIdentity() {
    return mock(GetCallerIdentityUseCase.class);
  }

  @MockBean(GetSessionTokenUseCase.class)
  GetSessionTokenUseCase getSessionToken() {
    return mock(GetSessionTokenUseCase.class);
  }

  @MockBean(AssumeRoleUseCase.class)
  AssumeRoleUseCase assumeRole() {
    return mock(AssumeRoleUseCase.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/", "/some/other/path"})
  void givenAnyPath_post_isAnsweredByTheQueryEndpointInXml(String path) {
    HttpClientResponseException error =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.POST(path, "Action=GetCallerIdentity&Version=2011-06-15")
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        String.class));

    HttpResponse<?> response = error.getResponse();
    assertEquals(403, response.code());
    assertEquals("text/xml", response.getHeaders().get("Content-Type"));
    assertTrue(response.getHeaders().contains("x-amzn-RequestId"));
    assertTrue(
        response
            .getBody(String.class)
            .orElseThrow()
            .contains("<Code>MissingAuthenticationToken</Code>"));
  }

  @Test
  void givenPutMethod_request_isStillAnAwsAnswer() {
    HttpClientResponseException error =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.PUT("/", "x").contentType(MediaType.TEXT_PLAIN_TYPE),
                        String.class));

    assertEquals("text/xml", error.getResponse().getHeaders().get("Content-Type"));
  }
}
