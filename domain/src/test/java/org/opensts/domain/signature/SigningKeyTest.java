package org.opensts.domain.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The signing key derivation against the vector AWS publishes. */
class SigningKeyTest {

  private static final String EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final CredentialScope IAM_20120215 =
      new CredentialScope(LocalDate.of(2012, 2, 15), "us-east-1", "iam");

  /**
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv4_signing.html (derivation
   * example).
   */
  @Test
  void givenAwsPublishedInputs_derive_givesAwsPublishedKey() {
    SigningKey key = SigningKey.derive(EXAMPLE_SECRET, IAM_20120215);

    assertEquals("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d", key.toHex());
  }

  @Test
  void givenAnotherSecretDayRegionOrService_derive_givesAnotherKey() {
    String key = SigningKey.derive(EXAMPLE_SECRET, IAM_20120215).toHex();

    assertNotEquals(key, SigningKey.derive(EXAMPLE_SECRET + "x", IAM_20120215).toHex());
    assertNotEquals(
        key,
        SigningKey.derive(
                EXAMPLE_SECRET, new CredentialScope(LocalDate.of(2012, 2, 16), "us-east-1", "iam"))
            .toHex());
    assertNotEquals(
        key,
        SigningKey.derive(
                EXAMPLE_SECRET, new CredentialScope(LocalDate.of(2012, 2, 15), "eu-west-1", "iam"))
            .toHex());
    assertNotEquals(
        key,
        SigningKey.derive(
                EXAMPLE_SECRET, new CredentialScope(LocalDate.of(2012, 2, 15), "us-east-1", "sts"))
            .toHex());
  }

  /**
   * The AWS documentation's example GET ListUsers request (20150830T123600Z); signing with another
   * key in between, on the same thread, changes nothing.
   */
  @Test
  void givenAwsPublishedStringToSign_sign_givesAwsPublishedSignatureWhateverWasSignedBefore() {
    CredentialScope scope = new CredentialScope(LocalDate.of(2015, 8, 30), "us-east-1", "iam");
    StringToSign stringToSign =
        new StringToSign(
            Instant.parse("2015-08-30T12:36:00Z"),
            scope,
            "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
    SigningKey key = SigningKey.derive(EXAMPLE_SECRET, scope);
    SigningKey other = SigningKey.derive(EXAMPLE_SECRET + "x", scope);
    String expected = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

    assertEquals(expected, key.sign(stringToSign));
    assertEquals(expected, key.sign(stringToSign));
    assertNotEquals(expected, other.sign(stringToSign));
    assertEquals(expected, key.sign(stringToSign));
  }

  @Test
  void givenSigningKey_toString_showsTheScopeButNotTheKey() {
    SigningKey key = SigningKey.derive(EXAMPLE_SECRET, IAM_20120215);

    assertEquals("SigningKey[20120215/us-east-1/iam/aws4_request]", key.toString());
    assertFalse(key.toString().contains(key.toHex()));
  }
}
