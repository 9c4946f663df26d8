package org.opensts.adapter.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opensts.domain.error.CapacityException;
import org.opensts.domain.error.ErrorCode;

class RequestLimitsTest {

  private static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/sts/aws4_request,"
          + " SignedHeaders=host;x-amz-date, Signature=abc";

  @Test
  void givenAHeaderSignedRequest_accessKeyId_isTheCredentialsKey() {
    HttpRequest<?> request = HttpRequest.POST("/", "").header("Authorization", AUTHORIZATION);

    assertEquals(Optional.of("AKIAIOSFODNN7EXAMPLE"), RequestLimits.accessKeyId(request));
  }

  @Test
  void givenAPresignedRequest_accessKeyId_isTheQueryCredentialsKey() {
    HttpRequest<?> request =
        HttpRequest.GET(
            "/?Action=GetCallerIdentity&X-Amz-Credential=ASIAEXAMPLE%2F20250101%2Fus-east-1%2Fsts"
                + "%2Faws4_request&X-Amz-Signature=abc");

    assertEquals(Optional.of("ASIAEXAMPLE"), RequestLimits.accessKeyId(request));
  }

  @Test
  void givenAnUnsignedRequest_accessKeyId_isEmpty() {
    assertEquals(Optional.empty(), RequestLimits.accessKeyId(HttpRequest.GET("/?Action=X")));
  }

  @Test
  void givenTheBurstSpent_admit_failsWithThrottlingForThatKeyOnly() {
    RequestLimits limits = new RequestLimits(0, 0.001, 2);
    HttpRequest<?> request = HttpRequest.POST("/", "").header("Authorization", AUTHORIZATION);
    limits.admit(request).close();
    limits.admit(request).close();

    CapacityException e = assertThrows(CapacityException.class, () -> limits.admit(request));

    assertEquals(ErrorCode.THROTTLING, e.code());
    assertEquals("Rate exceeded", e.getMessage());
    assertDoesNotThrow(() -> limits.admit(HttpRequest.GET("/")).close());
  }

  @Test
  void givenTheMaximumInProgress_admit_failsWithServiceUnavailableUntilOneFinishes() {
    RequestLimits limits = new RequestLimits(1, 0, 0);
    RequestLimits.Permit first = limits.admit(HttpRequest.GET("/"));

    CapacityException e =
        assertThrows(CapacityException.class, () -> limits.admit(HttpRequest.GET("/")));
    first.close();

    assertEquals(ErrorCode.SERVICE_UNAVAILABLE, e.code());
    assertDoesNotThrow(() -> limits.admit(HttpRequest.GET("/")).close());
  }

  @Test
  void givenANegativeRate_construction_failsNamingTheProperty() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RequestLimits(0, -1, 1));

    assertEquals("Invalid sts.limits.rate-per-key: -1.0", e.getMessage());
  }
}
