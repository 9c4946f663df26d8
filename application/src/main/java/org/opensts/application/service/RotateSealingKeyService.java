package org.opensts.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.opensts.application.port.in.admin.RotateSealingKeyCommand;
import org.opensts.application.port.in.admin.RotateSealingKeyResult;
import org.opensts.application.port.in.admin.RotateSealingKeyUseCase;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.credential.SealingKey;

/** Rotates the key ring, then prunes the keys that retired more than the longest session ago. */
final class RotateSealingKeyService implements RotateSealingKeyUseCase {

  private final KeyRing keyRing;
  private final Clock clock;

  RotateSealingKeyService(KeyRing keyRing, Clock clock) {
    this.keyRing = Objects.requireNonNull(keyRing, "keyRing");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized RotateSealingKeyResult rotate(RotateSealingKeyCommand command) {
    Objects.requireNonNull(command, "command");
    Instant now = clock.instant();
    SealingKey next = keyRing.rotate(now);
    List<String> pruned = keyRing.prune(now.minus(RETENTION));
    List<String> kept = keyRing.keyIds().stream().filter(id -> !id.equals(next.id())).toList();
    return new RotateSealingKeyResult(next.id(), kept, pruned);
  }
}
