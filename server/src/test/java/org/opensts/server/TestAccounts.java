package org.opensts.server;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * The accounts of the system tests' bootstrap file ({@code test-bootstrap.json}): who exists, with
 * which keys, and which role trusts whom.
 */
final class TestAccounts {

  static final String ALPHA = "111111111111";
  static final String BETA = "222222222222";

  static final AwsBasicCredentials ALPHA_ROOT =
      keys("AKIAALPHAROOTKEY0001", "alpha-root-secret-00000000000000000000000");

  /** May assume any alpha role by its own policy, but is denied "denied-to-alice". */
  static final AwsBasicCredentials ALICE =
      keys("AKIAALPHAALICE000001", "alice-secret-0000000000000000000000000000");

  /** Has no policy; trusted by name in the trust policy of "direct". */
  static final AwsBasicCredentials BOB =
      keys("AKIAALPHABOB00000001", "bob-secret-000000000000000000000000000000");

  /** Beta user whose policy allows assuming alpha's "cross". */
  static final AwsBasicCredentials DAVE =
      keys("AKIABETADAVE00000001", "dave-secret-00000000000000000000000000000");

  /** Beta user without any policy. */
  static final AwsBasicCredentials ERIN =
      keys("AKIABETAERIN00000001", "erin-secret-00000000000000000000000000000");

  private TestAccounts() {}

  static String role(String name) {
    return "arn:aws:iam::" + ALPHA + ":role/" + name;
  }

  private static AwsBasicCredentials keys(String id, String secret) {
    return AwsBasicCredentials.create(id, secret);
  }
}
