package org.opensts.domain.signature;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.ErrorCode;

/** The 15-minute rule, in AWS's words, for both forms of signature. */
class SignatureV4FreshnessTest {

  private static final Instant SIGNED = SdkSigner.SIGNING_TIME; // 2025-03-04T05:06:07Z

  static Stream<Arguments> acceptedSkews() {
    return Stream.of(
        arguments("the server's clock 14 minutes ahead", Duration.ofMinutes(14)),
        arguments("the server's clock exactly 15 minutes ahead", Duration.ofMinutes(15)),
        arguments("the server's clock 14 minutes behind", Duration.ofMinutes(-14)),
        arguments("the server's clock exactly 15 minutes behind", Duration.ofMinutes(-15)),
        arguments("both clocks agreeing", Duration.ZERO));
  }

  @ParameterizedTest(name = "header form, {0}")
  @MethodSource("acceptedSkews")
  void givenHeaderSignedWithinSkew_checkFreshness_accepts(
      String description, Duration serverAhead) {
    SignatureClaim claim = SignatureClaim.from(SdkSigner.post(SdkSigner.FORM_BODY).sign());

    assertDoesNotThrow(() -> SignatureV4.checkFreshness(claim, SIGNED.plus(serverAhead)));
  }

  @ParameterizedTest(name = "presigned, {0}")
  @MethodSource("acceptedSkews")
  void givenPresignedWithinSkew_checkFreshness_accepts(String description, Duration serverAhead) {
    SignatureClaim claim = presignedFor(Duration.ofMinutes(15));

    assertDoesNotThrow(() -> SignatureV4.checkFreshness(claim, SIGNED.plus(serverAhead)));
  }

  static Stream<Arguments> rejectedSkews() {
    return Stream.of(
        arguments(
            "a request 16 minutes old",
            Duration.ofMinutes(16),
            "Signature expired: 20250304T050607Z is now earlier than 20250304T050707Z"
                + " (20250304T052207Z - 15 min.)"),
        arguments(
            "a request 15 minutes and 1 second old",
            Duration.ofSeconds(15 * 60 + 1),
            "Signature expired: 20250304T050607Z is now earlier than 20250304T050608Z"
                + " (20250304T052108Z - 15 min.)"),
        arguments(
            "a request dated 16 minutes in the future",
            Duration.ofMinutes(-16),
            "Signature not yet current: 20250304T050607Z is still later than 20250304T050507Z"
                + " (20250304T045007Z + 15 min.)"),
        arguments(
            "a request dated a day in the future",
            Duration.ofDays(-1),
            "Signature not yet current: 20250304T050607Z is still later than 20250303T052107Z"
                + " (20250303T050607Z + 15 min.)"));
  }

  @ParameterizedTest(name = "header form, {0}")
  @MethodSource("rejectedSkews")
  void givenHeaderSignedOutsideSkew_checkFreshness_failsWithSignatureDoesNotMatch(
      String description, Duration serverAhead, String message) {
    SignatureClaim claim = SignatureClaim.from(SdkSigner.post(SdkSigner.FORM_BODY).sign());

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> SignatureV4.checkFreshness(claim, SIGNED.plus(serverAhead)));

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, e.code());
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest(name = "presigned, {0}")
  @MethodSource("rejectedSkews")
  void givenPresignedOutsideSkew_checkFreshness_failsWithSignatureDoesNotMatch(
      String description, Duration serverAhead, String message) {
    SignatureClaim claim = presignedFor(Duration.ofMinutes(15));

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> SignatureV4.checkFreshness(claim, SIGNED.plus(serverAhead)));

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, e.code());
    assertEquals(message, e.getMessage());
  }

  /**
   * STS keeps a presigned URL valid for 15 minutes whatever X-Amz-Expires says:
   * aws-iam-authenticator presigns for 60 seconds and relies on that (aws/aws-sdk-go#2167).
   */
  @Test
  void givenUrlPresignedFor60Seconds_checkFreshness_acceptsItTenMinutesLater() {
    SignatureClaim claim = presignedFor(Duration.ofSeconds(60));

    assertDoesNotThrow(
        () -> SignatureV4.checkFreshness(claim, SIGNED.plus(Duration.ofMinutes(10))));
  }

  @Test
  void givenUrlPresignedForSevenDays_checkFreshness_failsWithSignatureDoesNotMatchAfter16Minutes() {
    SignatureClaim claim = presignedFor(Duration.ofDays(7));

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> SignatureV4.checkFreshness(claim, SIGNED.plus(Duration.ofMinutes(16))));

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, e.code());
  }

  static Stream<Arguments> expiresOutOfRange() {
    return Stream.of(
        arguments(Duration.ZERO, "X-Amz-Expires must be at least 1 second, not 0."),
        arguments(
            Duration.ofSeconds(604_801),
            "X-Amz-Expires must be less than a week (in seconds) that is 604800"));
  }

  @ParameterizedTest(name = "X-Amz-Expires={0}")
  @MethodSource("expiresOutOfRange")
  void givenExpiresOutOfRange_checkFreshness_failsWithIncompleteSignature(
      Duration expires, String message) {
    SignatureClaim claim = presignedFor(expires);

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class, () -> SignatureV4.checkFreshness(claim, SIGNED));

    assertEquals(ErrorCode.INCOMPLETE_SIGNATURE, e.code());
    assertEquals(message, e.getMessage());
  }

  @Test
  void givenExpiresOfExactlySevenDaysOrOneSecond_checkFreshness_accepts() {
    assertDoesNotThrow(
        () -> SignatureV4.checkFreshness(presignedFor(Duration.ofSeconds(604_800)), SIGNED));
    assertDoesNotThrow(
        () -> SignatureV4.checkFreshness(presignedFor(Duration.ofSeconds(1)), SIGNED));
  }

  private static SignatureClaim presignedFor(Duration expires) {
    SignatureClaim signed =
        SignatureClaim.from(
            SdkSigner.get("/")
                .query("Action", "GetCallerIdentity")
                .presigned(Duration.ofMinutes(15))
                .sign());
    return new SignatureClaim(
        signed.accessKeyId(),
        signed.scope(),
        signed.signedHeaders(),
        signed.signature(),
        signed.requestTime(),
        signed.securityToken(),
        Optional.of(expires),
        true);
  }
}
