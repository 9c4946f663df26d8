package org.opensts.application.port.out;

import java.time.Instant;
import java.util.List;
import org.opensts.domain.webtoken.SigningAlgorithm;
import org.opensts.domain.webtoken.WebTokenSigningKey;

/**
 * The keys that sign the JSON Web Tokens of GetWebIdentityToken: one current key per algorithm,
 * made by the ring itself when first needed, and older keys whose public halves stay published
 * until pruned. Durable stores keep the private halves encrypted.
 */
public interface WebTokenSigningKeyRing {

  /** The key new tokens of {@code algorithm} are signed with; made (and stored) at first use. */
  WebTokenSigningKey current(SigningAlgorithm algorithm, Instant now);

  /** Every key held, current and retired, of both algorithms: what the JWKS publishes. */
  List<WebTokenSigningKey> published();

  /**
   * Makes a new key of {@code algorithm}, created at {@code now}, the current one; the previous one
   * retires at {@code now} and stays published. Its id is the next generation: {@code RSA_1} after
   * {@code RSA_0}. A clock behind the current key's creation dates the new key no earlier than it,
   * so that retirement never precedes creation.
   */
  WebTokenSigningKey rotate(SigningAlgorithm algorithm, Instant now);

  /**
   * Removes every retired key that retired at or before {@code retiredAtOrBefore}; current keys
   * stay.
   *
   * @return the ids removed
   */
  List<String> prune(Instant retiredAtOrBefore);
}
