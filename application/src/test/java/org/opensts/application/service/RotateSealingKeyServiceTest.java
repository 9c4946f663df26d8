package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.admin.RotateSealingKeyCommand;
import org.opensts.application.port.in.admin.RotateSealingKeyResult;
import org.opensts.application.port.in.admin.RotateSealingKeyUseCase;
import org.opensts.domain.fixture.TestSealingKeys;

class RotateSealingKeyServiceTest {

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private final TestPorts ports = new TestPorts();

  private RotateSealingKeyResult rotateAt(Instant now) {
    return ports
        .useCases(Clock.fixed(now, ZoneOffset.UTC))
        .rotateSealingKey()
        .rotate(new RotateSealingKeyCommand());
  }

  @Test
  void givenOneKey_rotate_makesANewKeyCurrentAndKeepsTheOldOne() {
    RotateSealingKeyResult result = rotateAt(T0);

    assertNotEquals(TestSealingKeys.KEY_ID, result.newKeyId());
    assertEquals(result.newKeyId(), ports.keyRing.current().id());
    assertEquals(List.of(TestSealingKeys.KEY_ID), result.keptKeyIds());
    assertEquals(List.of(), result.prunedKeyIds());
    assertTrue(ports.keyRing.find(TestSealingKeys.KEY_ID).isPresent());
  }

  @Test
  void givenKeyRetiredJustUnderTheLongestSession_rotate_keepsIt() {
    String second = rotateAt(T0).newKeyId();

    RotateSealingKeyResult result =
        rotateAt(T0.plus(RotateSealingKeyUseCase.RETENTION).minusSeconds(1));

    assertEquals(List.of(second, TestSealingKeys.KEY_ID), result.keptKeyIds());
    assertEquals(List.of(), result.prunedKeyIds());
  }

  @Test
  void givenKeyRetiredTheLongestSessionAgo_rotate_prunesIt() {
    String second = rotateAt(T0).newKeyId();

    RotateSealingKeyResult result = rotateAt(T0.plus(Duration.ofSeconds(129600)));

    assertEquals(List.of(TestSealingKeys.KEY_ID), result.prunedKeyIds());
    assertEquals(List.of(second), result.keptKeyIds());
    assertTrue(ports.keyRing.find(TestSealingKeys.KEY_ID).isEmpty());
  }
}
