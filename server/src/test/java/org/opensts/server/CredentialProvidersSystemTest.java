package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.auth.StsGetSessionTokenCredentialsProvider;

/** The SDK's own credential providers obtain credentials from the server and use them. */
class CredentialProvidersSystemTest extends SystemTest {

  @Test
  void givenAssumeRoleProvider_callsWithItsCredentials_actAsTheRoleSession() {
    try (StsClient alice = server.sts(TestAccounts.ALICE);
        StsAssumeRoleCredentialsProvider provider =
            StsAssumeRoleCredentialsProvider.builder()
                .stsClient(alice)
                .refreshRequest(
                    r ->
                        r.roleArn("arn:aws:iam::111111111111:role/app/delegated")
                            .roleSessionName("provider"))
                .build();
        StsClient asRole = server.sts(provider)) {

      assertEquals(
          "arn:aws:sts::111111111111:assumed-role/delegated/provider",
          asRole.getCallerIdentity().arn());
    }
  }

  @Test
  void givenGetSessionTokenProvider_callsWithItsCredentials_actAsTheUser() {
    try (StsClient bob = server.sts(TestAccounts.BOB);
        StsGetSessionTokenCredentialsProvider provider =
            StsGetSessionTokenCredentialsProvider.builder()
                .stsClient(bob)
                .refreshRequest(r -> r.durationSeconds(900))
                .build();
        StsClient asSession = server.sts(provider)) {

      assertEquals(
          "arn:aws:iam::111111111111:user/engineering/bob", asSession.getCallerIdentity().arn());
      assertEquals(true, provider.resolveCredentials().accessKeyId().startsWith("ASIA"));
    }
  }
}
