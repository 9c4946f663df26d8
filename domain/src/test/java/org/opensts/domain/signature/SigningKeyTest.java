package org.opensts.domain.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

  @Test
  void givenSigningKey_toString_showsTheScopeButNotTheKey() {
    SigningKey key = SigningKey.derive(EXAMPLE_SECRET, IAM_20120215);

    assertEquals("SigningKey[20120215/us-east-1/iam/aws4_request]", key.toString());
    assertFalse(key.toString().contains(key.toHex()));
  }
}
