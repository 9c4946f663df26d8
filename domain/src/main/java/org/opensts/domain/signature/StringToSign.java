package org.opensts.domain.signature;

import java.time.Instant;
import java.util.Objects;

/**
 * Task 2 of SigV4: the string to sign
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-string-to-sign).
 *
 * <pre>
 * AWS4-HMAC-SHA256\n RequestDateTime\n CredentialScope\n HashedCanonicalRequest
 * </pre>
 *
 * @param requestTime the request's date-time, written {@code yyyyMMdd'T'HHmmss'Z'}
 * @param scope the credential scope
 * @param hashedCanonicalRequest hex SHA-256 of the canonical request
 */
public record StringToSign(
    Instant requestTime, CredentialScope scope, String hashedCanonicalRequest) {

  public StringToSign {
    Objects.requireNonNull(requestTime, "requestTime");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(hashedCanonicalRequest, "hashedCanonicalRequest");
  }

  public static StringToSign of(SignatureClaim claim, CanonicalRequest canonicalRequest) {
    return new StringToSign(claim.requestTime(), claim.scope(), canonicalRequest.hash());
  }

  @Override
  public String toString() {
    return SignatureClaim.ALGORITHM
        + '\n'
        + SigV4Time.basic(requestTime)
        + '\n'
        + scope
        + '\n'
        + hashedCanonicalRequest;
  }
}
