package org.opensts.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysCommand;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysResult;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysUseCase;
import org.opensts.application.port.out.WebTokenSigningKeyRing;
import org.opensts.domain.webtoken.SigningAlgorithm;

/**
 * Rotates both web token signing keys and prunes the retired ones whose last token has expired: a
 * key that retired more than the longest token's lifetime (plus a margin for clock skew between the
 * verifier and us) ago can have signed no token still valid.
 */
final class RotateWebIdentityTokenKeysService implements RotateWebTokenSigningKeysUseCase {

  /** GetWebIdentityToken's longest DurationSeconds, and five minutes for clocks that differ. */
  static final Duration KEEP_RETIRED = Duration.ofSeconds(3600).plusMinutes(5);

  private final WebTokenSigningKeyRing signingKeys;
  private final Clock clock;

  RotateWebIdentityTokenKeysService(WebTokenSigningKeyRing signingKeys, Clock clock) {
    this.signingKeys = signingKeys;
    this.clock = clock;
  }

  @Override
  public RotateWebTokenSigningKeysResult rotate(RotateWebTokenSigningKeysCommand command) {
    Instant now = clock.instant();
    List<String> rotated = new ArrayList<>();
    for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
      rotated.add(signingKeys.rotate(algorithm, now).keyId());
    }
    return new RotateWebTokenSigningKeysResult(rotated, signingKeys.prune(now.minus(KEEP_RETIRED)));
  }
}
