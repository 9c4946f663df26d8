package org.opensts.domain.signature;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Task 3 of SigV4: the signing key, derived from the secret access key for one credential scope,
 * and the signature it makes
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#derive-signing-key).
 */
public final class SigningKey {

  private static final byte[] TERMINATOR =
      CredentialScope.TERMINATOR.getBytes(StandardCharsets.UTF_8);

  private final CredentialScope scope;
  private final byte[] key;

  private SigningKey(CredentialScope scope, byte[] key) {
    this.scope = scope;
    this.key = key;
  }

  /**
   * The HMAC-SHA256 chain {@code kDate = HMAC("AWS4" + secret, yyyymmdd)}, {@code kRegion =
   * HMAC(kDate, region)}, {@code kService = HMAC(kRegion, service)}, {@code kSigning =
   * HMAC(kService, "aws4_request")}.
   */
  public static SigningKey derive(String secretAccessKey, CredentialScope scope) {
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(scope, "scope");
    byte[] date =
        Digests.hmacSha256(
            ("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8),
            scope.dateStamp().getBytes(StandardCharsets.UTF_8));
    byte[] region = Digests.hmacSha256(date, scope.region().getBytes(StandardCharsets.UTF_8));
    byte[] service = Digests.hmacSha256(region, scope.service().getBytes(StandardCharsets.UTF_8));
    return new SigningKey(scope, Digests.hmacSha256(service, TERMINATOR));
  }

  /** Task 4: the signature, lower-case hex of {@code HMAC(kSigning, StringToSign)}. */
  public String sign(StringToSign stringToSign) {
    return Digests.hex(
        Digests.hmacSha256(key, stringToSign.toString().getBytes(StandardCharsets.UTF_8)));
  }

  public CredentialScope scope() {
    return scope;
  }

  /** The derived key bytes, in hex; for comparing with published test vectors. */
  String toHex() {
    return Digests.hex(key);
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "SigningKey[" + scope + "]";
  }
}
