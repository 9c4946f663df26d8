package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.admin.RotateSealingKeyCommand;
import org.opensts.application.port.in.admin.RotateSealingKeyResult;
import org.opensts.application.port.in.admin.RotateSealingKeyUseCase;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * Key rotation on the running server: sessions issued before a rotation keep working, new ones are
 * sealed with the new key, and the old key goes once it retired longer ago than the longest
 * session.
 */
class KeyRotationSystemTest extends SystemTest {

  @AfterEach
  void resetClock() {
    server.clock.reset();
  }

  private static AwsSessionCredentials session(Credentials c) {
    return AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken());
  }

  private static String callerOf(AwsSessionCredentials credentials) {
    return server.sts(credentials).getCallerIdentity().arn();
  }

  @Test
  void givenSessionsBeforeAndAfterARotation_both_workUntilTheOldKeyIsPruned() {
    RotateSealingKeyUseCase rotation = server.bean(RotateSealingKeyUseCase.class);
    AwsSessionCredentials before =
        session(server.sts(TestAccounts.BOB).getSessionToken().credentials());
    String bob = callerOf(before);

    RotateSealingKeyResult first = rotation.rotate(new RotateSealingKeyCommand());
    AwsSessionCredentials after =
        session(server.sts(TestAccounts.BOB).getSessionToken().credentials());

    assertEquals(bob, callerOf(before));
    assertEquals(bob, callerOf(after));
    assertEquals(1, first.keptKeyIds().size());
    String oldKey = first.keptKeyIds().get(0);
    assertTrue(first.prunedKeyIds().isEmpty());

    server.clock.advance(Duration.ofSeconds(129600));
    RotateSealingKeyResult second = rotation.rotate(new RotateSealingKeyCommand());
    server.clock.reset();

    assertEquals(java.util.List.of(oldKey), second.prunedKeyIds());
    assertEquals(java.util.List.of(first.newKeyId()), second.keptKeyIds());
    // The second session's key is still kept; the first session's key is gone.
    assertEquals(bob, callerOf(after));
    assertThrows(StsException.class, () -> callerOf(before));
  }

  @Test
  void givenRotationPeriod_theServer_rotatesOnSchedule() throws InterruptedException {
    Map<String, Object> properties = new HashMap<>();
    properties.put("micronaut.server.port", -1);
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("sts.key-rotation-period", "300ms");
    try (TestServer scheduled = TestServer.start(properties)) {
      RotateSealingKeyUseCase rotation = scheduled.bean(RotateSealingKeyUseCase.class);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      int kept;
      do {
        Thread.sleep(200);
        // Each scheduled run adds a key; this manual one shows how many are held.
        kept = rotation.rotate(new RotateSealingKeyCommand()).keptKeyIds().size();
      } while (kept < 3 && System.nanoTime() < deadline);
      assertTrue(kept >= 3, "scheduled rotations seen: " + kept);
    }
  }
}
