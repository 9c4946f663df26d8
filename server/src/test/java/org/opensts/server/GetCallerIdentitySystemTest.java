package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

class GetCallerIdentitySystemTest extends SystemTest {

  @Test
  void givenRootKeys_getCallerIdentity_returnsTheAccountRoot() {
    GetCallerIdentityResponse identity = server.sts(TestAccounts.ALPHA_ROOT).getCallerIdentity();

    assertEquals("111111111111", identity.account());
    assertEquals("arn:aws:iam::111111111111:root", identity.arn());
    assertEquals("111111111111", identity.userId());
  }

  @Test
  void givenUserKeys_getCallerIdentity_returnsTheUserWithPathAndAidaId() {
    GetCallerIdentityResponse identity = server.sts(TestAccounts.BOB).getCallerIdentity();

    assertEquals("111111111111", identity.account());
    assertEquals("arn:aws:iam::111111111111:user/engineering/bob", identity.arn());
    assertTrue(identity.userId().matches("AIDA[A-Z2-7]{17}"), identity.userId());
  }

  @Test
  void givenRoleSessionCredentials_getCallerIdentity_returnsTheAssumedRoleSession() {
    Credentials credentials =
        server
            .sts(TestAccounts.ALICE)
            .assumeRole(
                r ->
                    r.roleArn("arn:aws:iam::111111111111:role/app/delegated")
                        .roleSessionName("alice@example.com"))
            .credentials();
    StsClient session =
        server.sts(
            AwsSessionCredentials.create(
                credentials.accessKeyId(),
                credentials.secretAccessKey(),
                credentials.sessionToken()));

    GetCallerIdentityResponse identity = session.getCallerIdentity();

    assertEquals("111111111111", identity.account());
    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/delegated/alice@example.com", identity.arn());
    assertTrue(
        identity.userId().matches("AROA[A-Z2-7]{17}:alice@example\\.com"), identity.userId());
  }

  @Test
  void givenSessionTokenCredentials_getCallerIdentity_returnsTheUserItself() {
    Credentials credentials = server.sts(TestAccounts.BOB).getSessionToken().credentials();
    StsClient session =
        server.sts(
            AwsSessionCredentials.create(
                credentials.accessKeyId(),
                credentials.secretAccessKey(),
                credentials.sessionToken()));

    assertEquals(
        "arn:aws:iam::111111111111:user/engineering/bob", session.getCallerIdentity().arn());
  }
}
