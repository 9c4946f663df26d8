package org.opensts.server;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * The accounts of the IAM system tests' bootstrap file ({@code iam-bootstrap.json}): who exists,
 * with which keys and which IAM permissions.
 */
final class IamAccounts {

  static final String BOOTSTRAP = "iam-bootstrap.json";

  static final String EPSILON = "555555555555";
  static final String ZETA = "666666666666";

  static final AwsBasicCredentials EPSILON_ROOT =
      keys("AKIAEPSILONROOT00001", "epsilon-root-secret-000000000000000000000");

  /** No policy at all; trusted by name by the role "iam-operator". */
  static final AwsBasicCredentials NORA =
      keys("AKIAEPSILONNORA00001", "nora-secret-00000000000000000000000000000");

  /** Under /admins/; may create users under /team/ only. */
  static final AwsBasicCredentials TESS =
      keys("AKIAEPSILONTESS00001", "tess-secret-00000000000000000000000000000");

  /** iam:* on everything, but explicitly denied CreateUser and DeleteUser under /protected/. */
  static final AwsBasicCredentials ADA =
      keys("AKIAEPSILONADA000001", "ada-secret-000000000000000000000000000000");

  /** May read only itself (iam:GetUser on its own ARN); tagged team=platform. */
  static final AwsBasicCredentials SAM =
      keys("AKIAEPSILONSAM000001", "sam-secret-000000000000000000000000000000");

  /** Zeta user with iam:* on every resource. */
  static final AwsBasicCredentials ZOE =
      keys("AKIAZETAZOE000000001", "zoe-secret-000000000000000000000000000000");

  /** Zeta user whose policy allows iam:* on epsilon's resources only. */
  static final AwsBasicCredentials ZACK =
      keys("AKIAZETAZACK00000001", "zack-secret-00000000000000000000000000000");

  private IamAccounts() {}

  static String epsilonUser(String pathAndName) {
    return "arn:aws:iam::" + EPSILON + ":user/" + pathAndName;
  }

  static String zetaUser(String pathAndName) {
    return "arn:aws:iam::" + ZETA + ":user/" + pathAndName;
  }

  private static AwsBasicCredentials keys(String id, String secret) {
    return AwsBasicCredentials.create(id, secret);
  }
}
