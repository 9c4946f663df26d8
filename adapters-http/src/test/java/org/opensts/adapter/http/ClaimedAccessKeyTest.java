package org.opensts.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimedAccessKeyTest {

  private static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/sts/aws4_request,"
          + " SignedHeaders=host;x-amz-date, Signature=abc";

  @Test
  void givenAHeaderSignedRequest_theClaimedKey_isTheCredentialsKey() {
    HttpRequest<?> request = HttpRequest.POST("/", "").header("Authorization", AUTHORIZATION);

    assertEquals(Optional.of("AKIAIOSFODNN7EXAMPLE"), ClaimedAccessKey.of(request));
  }

  @Test
  void givenAPresignedRequest_theClaimedKey_isTheQueryCredentialsKey() {
    HttpRequest<?> request =
        HttpRequest.GET(
            "/?Action=GetCallerIdentity&X-Amz-Credential=ASIAEXAMPLE%2F20250101%2Fus-east-1%2Fsts"
                + "%2Faws4_request&X-Amz-Signature=abc");

    assertEquals(Optional.of("ASIAEXAMPLE"), ClaimedAccessKey.of(request));
  }

  @Test
  void givenAnUnsignedRequest_theClaimedKey_isEmpty() {
    assertEquals(Optional.empty(), ClaimedAccessKey.of(HttpRequest.GET("/?Action=X")));
  }
}
