package org.opensts.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opensts.domain.signature.SignedRequest;

class ClaimedAccessKeyTest {

  private static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/sts/aws4_request,"
          + " SignedHeaders=host;x-amz-date, Signature=abc";

  @Test
  void givenAHeaderSignedRequest_theClaimedKey_isTheCredentialsKey() {
    SignedRequest request =
        new SignedRequest("POST", "/", "", Map.of("Authorization", List.of(AUTHORIZATION)), null);

    assertEquals(Optional.of("AKIAIOSFODNN7EXAMPLE"), ClaimedAccessKey.of(request));
  }

  @Test
  void givenAPresignedRequest_theClaimedKey_isTheQueryCredentialsKey() {
    SignedRequest request =
        get(
            "Action=GetCallerIdentity&X-Amz-Credential=ASIAEXAMPLE%2F20250101%2Fus-east-1%2Fsts"
                + "%2Faws4_request&X-Amz-Signature=abc");

    assertEquals(Optional.of("ASIAEXAMPLE"), ClaimedAccessKey.of(request));
  }

  @Test
  void givenAnUnsignedRequest_theClaimedKey_isEmpty() {
    assertEquals(Optional.empty(), ClaimedAccessKey.of(get("Action=X")));
  }

  @Test
  void givenAMalformedCredentialFirst_theClaimedKey_isTheFirstWellFormedOne() {
    SignedRequest request =
        header("AWS4-HMAC-SHA256 Credential=not a key, Credential=AKIAEXAMPLE2/20250101/x");

    assertEquals(Optional.of("AKIAEXAMPLE2"), ClaimedAccessKey.of(request));
  }

  @Test
  void givenAKeyLongerThanIamAllows_theClaimedKey_isEmpty() {
    String longest = "A".repeat(ClaimedAccessKey.MAX_LENGTH);

    assertEquals(
        Optional.of(longest),
        ClaimedAccessKey.of(header("AWS4-HMAC-SHA256 Credential=" + longest + "/20250101")));
    assertEquals(
        Optional.empty(),
        ClaimedAccessKey.of(header("AWS4-HMAC-SHA256 Credential=" + longest + "A/20250101")));
    assertEquals(
        Optional.empty(), ClaimedAccessKey.of(get("X-Amz-Credential=" + longest + "A%2F20250101")));
  }

  @Test
  void givenAKeyWithoutTheScopeAfterIt_theClaimedKey_isEmpty() {
    assertEquals(
        Optional.empty(), ClaimedAccessKey.of(header("AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE")));
  }

  private static SignedRequest header(String authorization) {
    return new SignedRequest(
        "POST", "/", "", Map.of("authorization", List.of(authorization)), null);
  }

  private static SignedRequest get(String query) {
    return new SignedRequest("GET", "/", query, Map.of(), null);
  }
}
