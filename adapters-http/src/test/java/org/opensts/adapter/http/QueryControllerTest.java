package org.opensts.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The controller in a Micronaut slice, use cases mocked by {@link UseCaseMocks} (every request is
 * unauthenticated): what reaches the wire for any request.
 */
@MicronautTest
class QueryControllerTest {

  @Inject
  @Client("/")
  HttpClient client;

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
