package org.opensts.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionTokenCodec;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;

/**
 * Mints temporary credentials for a principal: a fresh ASIA key and secret, sealed into a token.
 */
final class CredentialIssuer {

  private final KeyRing keyRing;
  private final Clock clock;
  private final RandomGenerator random;

  CredentialIssuer(KeyRing keyRing, Clock clock, RandomGenerator random) {
    this.keyRing = keyRing;
    this.clock = clock;
    this.random = random;
  }

  TemporaryCredentials issue(Principal principal, Duration duration, SessionContext context) {
    // Whole seconds: the token stores epoch seconds and the wire shows them.
    Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Session session =
        new Session(
            AccessKeyId.temporary(principal.account(), random),
            SecretAccessKey.generate(random),
            principal,
            issuedAt,
            issuedAt.plus(duration),
            context);
    return new TemporaryCredentials(
        session.accessKeyId(),
        session.secretAccessKey(),
        SessionTokenCodec.seal(session, keyRing.current(), random),
        session.expiresAt());
  }
}
