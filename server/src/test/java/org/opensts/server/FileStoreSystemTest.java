package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The server on the file store ({@code STS_STORE=file}): what IAM created, and the session
 * credentials STS issued, are still there after the server is stopped and started again on the same
 * data directory.
 */
class FileStoreSystemTest {

  private static final String TRUST_ALPHA =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
          + "{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\"}]}";
  private static final String MAY_ASSUME =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"arn:aws:iam::111111111111:role/kept\"}]}";

  @TempDir Path dataDir;

  private final String masterKey = randomMasterKey();

  private TestServer start() {
    return TestServer.start(
        "test-bootstrap.json",
        Map.of(
            "sts.store", "file", "sts.data-dir", dataDir.toString(), "sts.master-key", masterKey));
  }

  @Test
  void givenIamChanges_prometheus_timesTheJournalFsyncs() {
    try (TestServer server = start()) {
      IamClients.iam(server, TestAccounts.ALPHA_ROOT).createUser(r -> r.userName("timed-tia"));

      String scrape =
          SignedHttp.send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(server.endpoint() + "/prometheus"))
                      .build())
              .body();

      assertTrue(
          scrape
              .lines()
              .anyMatch(
                  l ->
                      l.startsWith("sts_store_journal_fsync_seconds_count") && !l.endsWith(" 0.0")),
          scrape);
    }
  }

  @Test
  void givenIamEntitiesAndASession_restartOnTheSameDirectory_keepsThemAndTheSessionWorks() {
    AwsBasicCredentials userKey;
    Credentials session;
    try (TestServer server = start()) {
      IamClient root = IamClients.iam(server, TestAccounts.ALPHA_ROOT);
      root.createUser(r -> r.userName("kept-kim"));
      root.putUserPolicy(
          r -> r.userName("kept-kim").policyName("assume").policyDocument(MAY_ASSUME));
      AccessKey key = root.createAccessKey(r -> r.userName("kept-kim")).accessKey();
      root.createRole(r -> r.roleName("kept").assumeRolePolicyDocument(TRUST_ALPHA));
      userKey = AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
      session =
          server
              .sts(userKey)
              .assumeRole(
                  r ->
                      r.roleArn("arn:aws:iam::111111111111:role/kept")
                          .roleSessionName("before-restart"))
              .credentials();
    }

    try (TestServer restarted = start()) {
      IamClient root = IamClients.iam(restarted, TestAccounts.ALPHA_ROOT);
      assertEquals("kept-kim", root.getUser(r -> r.userName("kept-kim")).user().userName());
      assertEquals(
          userKey.accessKeyId(),
          root.listAccessKeys(r -> r.userName("kept-kim"))
              .accessKeyMetadata()
              .get(0)
              .accessKeyId());
      assertEquals("kept", root.getRole(r -> r.roleName("kept")).role().roleName());
      assertEquals(
          "assume", root.listUserPolicies(r -> r.userName("kept-kim")).policyNames().get(0));

      GetCallerIdentityResponse sessionIdentity =
          restarted
              .sts(
                  AwsSessionCredentials.create(
                      session.accessKeyId(), session.secretAccessKey(), session.sessionToken()))
              .getCallerIdentity();
      assertEquals(
          "arn:aws:sts::111111111111:assumed-role/kept/before-restart", sessionIdentity.arn());
      assertEquals(
          "arn:aws:iam::111111111111:user/kept-kim",
          restarted.sts(userKey).getCallerIdentity().arn());
    }
  }

  @Test
  void givenFileStoreWithoutMasterKey_start_isRefusedWithHowToMakeOne() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("micronaut.server.port", -1);
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("sts.store", "file");
    properties.put("sts.data-dir", dataDir.toString());

    RuntimeException failure =
        assertThrows(RuntimeException.class, () -> TestServer.start(properties).close());

    assertTrue(messages(failure).contains("head -c 32 /dev/urandom | base64"), messages(failure));
  }

  @Test
  void givenDirectoryOfAnotherMasterKey_start_isRefused() {
    try (TestServer server = start()) {
      server.sts(TestAccounts.ALICE).getCallerIdentity();
    }
    Map<String, Object> properties = new HashMap<>();
    properties.put("micronaut.server.port", -1);
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("sts.store", "file");
    properties.put("sts.data-dir", dataDir.toString());
    properties.put("sts.master-key", randomMasterKey());

    RuntimeException failure =
        assertThrows(RuntimeException.class, () -> TestServer.start(properties).close());

    assertTrue(messages(failure).contains("The master key does not open"), messages(failure));
  }

  private static String randomMasterKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static String messages(Throwable failure) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append('\n');
    }
    return messages.toString();
  }
}
