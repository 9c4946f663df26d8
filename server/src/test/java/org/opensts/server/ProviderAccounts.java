package org.opensts.server;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/** The accounts of {@code iam-providers-bootstrap.json}, shared by the provider and MFA tests. */
final class ProviderAccounts {

  static final String BOOTSTRAP = "iam-providers-bootstrap.json";
  static final String ACCOUNT = "777777777777";
  static final String OTHER = "888888888888";

  static final AwsBasicCredentials ROOT =
      AwsBasicCredentials.create(
          "AKIAPROVIDERSROOT001", "providers-root-secret-00000000000000000000");

  /** A user with no policy at all. */
  static final AwsBasicCredentials NOPRIV =
      AwsBasicCredentials.create(
          "AKIAPROVIDERSNOPRIV1", "nopriv-secret-000000000000000000000000000");

  /** A user allowed to manage only its own MFA device, named after itself. */
  static final AwsBasicCredentials SELF =
      AwsBasicCredentials.create(
          "AKIAPROVIDERSSELF001", "self-secret-00000000000000000000000000000");

  static final AwsBasicCredentials OTHER_ROOT =
      AwsBasicCredentials.create(
          "AKIAELSEWHEREROOT001", "elsewhere-root-secret-000000000000000000");

  private ProviderAccounts() {}
}
