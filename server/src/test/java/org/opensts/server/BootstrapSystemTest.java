package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.server.bootstrap.AccountSeeder;
import org.opensts.server.bootstrap.BootstrapException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/** Start-up seeding: the demo account by default, and a bootstrap file that is right or refused. */
class BootstrapSystemTest {

  @TempDir Path dir;

  @Test
  void givenNoBootstrapFile_server_startsWithAWorkingDemoAccount() {
    try (TestServer server =
        TestServer.start(
            Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1"))) {
      AccountSeeder.DemoCredentials demo =
          server.bean(AccountSeeder.class).demoCredentials().orElseThrow();
      var user = server.sts(AwsBasicCredentials.create(demo.accessKeyId(), demo.secretAccessKey()));

      assertEquals("arn:aws:iam::123456789012:user/demo", user.getCallerIdentity().arn());
      assertEquals(
          "arn:aws:sts::123456789012:assumed-role/demo-role/demo-session",
          user.assumeRole(r -> r.roleArn(demo.roleArn()).roleSessionName("demo-session"))
              .assumedRoleUser()
              .arn());
    }
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of("text that is not JSON", "{ accounts: ", "$: not valid JSON"),
        Arguments.of(
            "an unknown top-level field",
            "{\"accounts\": [], \"acounts\": []}",
            "$.acounts: unknown field"),
        Arguments.of(
            "an account id of 11 digits",
            "{\"accounts\": [{\"accountId\": \"11111111111\"}]}",
            "$.accounts[0].accountId: an account id is 12 digits, not '11111111111'"),
        Arguments.of(
            "a key without a secret",
            "{\"accounts\": [{\"accountId\": \"111111111111\", \"rootAccessKeys\": [{\"accessKeyId\": \"AKIAAAAAAAAAAAAAAAAA\"}]}]}",
            "$.accounts[0].rootAccessKeys[0].secretAccessKey: missing"),
        Arguments.of(
            "a misspelt user field",
            "{\"accounts\": [{\"accountId\": \"111111111111\", \"users\": [{\"name\": \"a\", \"inlinePolicy\": {}}]}]}",
            "$.accounts[0].users[0].inlinePolicy: unknown field"),
        Arguments.of(
            "a role without a trust policy",
            "{\"accounts\": [{\"accountId\": \"111111111111\", \"roles\": [{\"name\": \"r\"}]}]}",
            "$.accounts[0].roles[0].trustPolicy: missing"),
        Arguments.of(
            "a trust policy without principals",
            "{\"accounts\": [{\"accountId\": \"111111111111\", \"roles\": [{\"name\": \"r\", \"trustPolicy\": {\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\"}}}]}]}",
            "$.accounts[0] (111111111111): role 'r': trust policy: Invalid principal in policy"),
        Arguments.of(
            "a max session duration beyond 12 hours",
            "{\"accounts\": [{\"accountId\": \"111111111111\", \"roles\": [{\"name\": \"r\", \"maxSessionDuration\": 50000, \"trustPolicy\": {\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:AssumeRole\"}}}]}]}",
            "$.accounts[0] (111111111111): role 'r': 1 validation error detected: Value '50000'"
                + " at 'maxSessionDuration' failed to satisfy constraint: Member must have value"
                + " less than or equal to 43200"),
        Arguments.of(
            "two users whose names differ only in case",
            "{\"accounts\": [{\"accountId\": \"111111111111\", \"users\": [{\"name\": \"Ann\"}, {\"name\": \"ann\"}]}]}",
            "$.accounts[0] (111111111111): user 'ann' is declared more than once"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void givenBrokenBootstrapFile_start_failsNamingFileEntryAndProblem(
      String why, String content, String expected) throws IOException {
    Path file = Files.writeString(dir.resolve("bootstrap.json"), content);

    RuntimeException failure =
        assertThrows(
            RuntimeException.class,
            () ->
                TestServer.start(
                        Map.of("micronaut.server.port", -1, "sts.bootstrap", file.toString()))
                    .close());

    BootstrapException bootstrap = BootstrapException.findIn(failure);
    assertNotNull(bootstrap, failure::toString);
    String message = bootstrap.getMessage();
    assertEquals(true, message.startsWith("Bootstrap file " + file + ": "), message);
    assertEquals(true, message.contains(expected), message);
  }
}
