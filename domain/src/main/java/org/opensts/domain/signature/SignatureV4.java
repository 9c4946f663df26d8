package org.opensts.domain.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.opensts.domain.error.AuthenticationException;

/**
 * Verifies AWS Signature Version 4, in header form and presigned form: recomputes the signature a
 * request claims and compares it in constant time. Thread-safe; derived signing keys are cached.
 */
public final class SignatureV4 {

  /** How far a request's time may lie from the server's, either way. */
  public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

  /** The longest X-Amz-Expires a presigned request may state: seven days. */
  public static final Duration MAX_PRESIGNED_EXPIRY = Duration.ofSeconds(604_800);

  private static final int DEFAULT_CACHED_KEYS = 4096;

  private static final String EMPTY_BODY_SHA256 = Digests.sha256Hex(new byte[0]);

  private final SigningKeyCache signingKeys;

  public SignatureV4() {
    this(DEFAULT_CACHED_KEYS);
  }

  /**
   * @param cachedKeys how many derived signing keys to keep
   */
  public SignatureV4(int cachedKeys) {
    this.signingKeys = new SigningKeyCache(cachedKeys);
  }

  /**
   * Recomputes the signature of {@code request} with {@code secretAccessKey} and compares it with
   * the claimed one.
   *
   * @throws AuthenticationException SignatureDoesNotMatch when the scope's date is not the
   *     request's date or the signatures differ
   */
  public void verify(SignedRequest request, SignatureClaim claim, String secretAccessKey) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    checkScopeDate(claim);
    SigningKey signingKey = signingKeys.get(secretAccessKey, claim.scope());
    CanonicalRequest canonicalRequest = CanonicalRequest.from(request, claim);
    if (matches(signingKey, claim, canonicalRequest)) {
      return;
    }
    if (mayBeUnsignedPresigned(request, claim, canonicalRequest)
        && matches(
            signingKey,
            claim,
            canonicalRequest.withHashedPayload(CanonicalRequest.UNSIGNED_PAYLOAD))) {
      return;
    }
    throw AuthenticationException.signatureDoesNotMatch();
  }

  /**
   * The time rule of STS: the request's time must lie within {@link #MAX_CLOCK_SKEW} of now, in
   * header form and presigned form alike. STS does not extend or shorten that window by
   * X-Amz-Expires (aws/aws-sdk-go#2167; kubernetes-sigs/aws-iam-authenticator relies on a URL
   * presigned for 60 seconds staying valid for 15 minutes), but a stated X-Amz-Expires must still
   * lie between 1 second and 7 days.
   *
   * @throws AuthenticationException SignatureDoesNotMatch when the request is too old or too far in
   *     the future; IncompleteSignature when X-Amz-Expires is out of range
   */
  public static void checkFreshness(SignatureClaim claim, Instant now) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(now, "now");
    claim.expires().ifPresent(SignatureV4::checkExpiresRange);
    Instant requestTime = claim.requestTime();
    Instant earliest = now.minus(MAX_CLOCK_SKEW);
    if (requestTime.isBefore(earliest)) {
      throw AuthenticationException.signatureDoesNotMatch(
          "Signature expired: "
              + SigV4Time.basic(requestTime)
              + " is now earlier than "
              + SigV4Time.basic(earliest)
              + " ("
              + SigV4Time.basic(now)
              + " - "
              + MAX_CLOCK_SKEW.toMinutes()
              + " min.)");
    }
    Instant latest = now.plus(MAX_CLOCK_SKEW);
    if (requestTime.isAfter(latest)) {
      throw AuthenticationException.signatureDoesNotMatch(
          "Signature not yet current: "
              + SigV4Time.basic(requestTime)
              + " is still later than "
              + SigV4Time.basic(latest)
              + " ("
              + SigV4Time.basic(now)
              + " + "
              + MAX_CLOCK_SKEW.toMinutes()
              + " min.)");
    }
  }

  private static void checkExpiresRange(Duration expires) {
    if (expires.compareTo(Duration.ofSeconds(1)) < 0) {
      throw AuthenticationException.incompleteSignature(
          "X-Amz-Expires must be at least 1 second, not " + expires.toSeconds() + ".");
    }
    if (expires.compareTo(MAX_PRESIGNED_EXPIRY) > 0) {
      throw AuthenticationException.incompleteSignature(
          "X-Amz-Expires must be less than a week (in seconds) that is "
              + MAX_PRESIGNED_EXPIRY.toSeconds());
    }
  }

  /**
   * A signing key is only good for the day in its scope: a key leaked for one day must not sign
   * requests dated on another.
   */
  private static void checkScopeDate(SignatureClaim claim) {
    LocalDate requestDate = LocalDate.ofInstant(claim.requestTime(), ZoneOffset.UTC);
    if (!claim.scope().date().equals(requestDate)) {
      throw AuthenticationException.signatureDoesNotMatch(
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
              + " HTTP: '"
              + claim.scope().dateStamp()
              + "' != '"
              + SigV4Time.dateStamp(requestDate)
              + "', from '"
              + SigV4Time.basic(claim.requestTime())
              + "'.");
    }
  }

  /**
   * SDKs disagree on the payload hash of a presigned request without a body: botocore and the Go
   * SDK hash the empty body, the Java SDK v2 writes UNSIGNED-PAYLOAD. Both say "no body", so both
   * readings are tried, and only when there is no body to leave unsigned.
   */
  private static boolean mayBeUnsignedPresigned(
      SignedRequest request, SignatureClaim claim, CanonicalRequest canonicalRequest) {
    return claim.presigned()
        && !canonicalRequest.hashedPayload().equals(CanonicalRequest.UNSIGNED_PAYLOAD)
        && request.header(CanonicalRequest.X_AMZ_CONTENT_SHA256).isEmpty()
        && request.bodySha256().equals(EMPTY_BODY_SHA256);
  }

  private static boolean matches(
      SigningKey signingKey, SignatureClaim claim, CanonicalRequest canonicalRequest) {
    String expected = signingKey.sign(StringToSign.of(claim, canonicalRequest));
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        claim.signature().getBytes(StandardCharsets.UTF_8));
  }
}
