package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.CredentialAssertions.assertLasts;
import static org.opensts.server.StsErrors.assertStsError;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.model.Credentials;

class GetSessionTokenSystemTest extends SystemTest {

  @Test
  void givenUserKeys_getSessionTokenWithoutDuration_lastsTwelveHours() {
    Instant before = Instant.now();

    Credentials credentials = server.sts(TestAccounts.BOB).getSessionToken().credentials();

    assertTrue(credentials.accessKeyId().matches("ASIA[A-Z2-7]{16}"), credentials.accessKeyId());
    assertLasts(Duration.ofHours(12), before, credentials.expiration());
  }

  @ParameterizedTest(name = "{0} asks for {1}s and gets {2}s")
  @CsvSource({
    "user at the minimum, AKIAALPHABOB00000001, 900, 900",
    "user at the maximum, AKIAALPHABOB00000001, 129600, 129600",
    "root within an hour, AKIAALPHAROOTKEY0001, 1800, 1800",
    "root beyond an hour is capped silently, AKIAALPHAROOTKEY0001, 7200, 3600"
  })
  void givenDuration_getSessionToken_honoursAwsLimits(
      String who, String keyId, int requested, int granted) {
    Instant before = Instant.now();
    var keys =
        keyId.equals(TestAccounts.BOB.accessKeyId()) ? TestAccounts.BOB : TestAccounts.ALPHA_ROOT;

    Credentials credentials =
        server.sts(keys).getSessionToken(r -> r.durationSeconds(requested)).credentials();

    assertLasts(Duration.ofSeconds(granted), before, credentials.expiration());
  }

  @ParameterizedTest(name = "DurationSeconds={0}")
  @CsvSource({
    "899, 'Value ''899'' at ''durationSeconds'' failed to satisfy constraint: Member must have value greater than or equal to 900'",
    "129601, 'Value ''129601'' at ''durationSeconds'' failed to satisfy constraint: Member must have value less than or equal to 129600'"
  })
  void givenDurationOutOfRange_getSessionToken_failsWithValidationError(
      int seconds, String violation) {
    assertStsError(
        400,
        "ValidationError",
        "1 validation error detected: " + violation,
        () -> server.sts(TestAccounts.BOB).getSessionToken(r -> r.durationSeconds(seconds)));
  }

  @Test
  void givenSessionCredentials_getSessionToken_failsWithAccessDenied() {
    Credentials credentials = server.sts(TestAccounts.BOB).getSessionToken().credentials();
    var session =
        server.sts(
            AwsSessionCredentials.create(
                credentials.accessKeyId(),
                credentials.secretAccessKey(),
                credentials.sessionToken()));

    assertStsError(
        403,
        "AccessDenied",
        "Cannot call GetSessionToken with session credentials",
        session::getSessionToken);
  }
}
