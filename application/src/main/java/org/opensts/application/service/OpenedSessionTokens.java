package org.opensts.application.service;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionToken;
import org.opensts.domain.credential.SessionTokenCodec;

/**
 * Session tokens already opened, and what they opened to: a client signs request after request with
 * the same temporary credentials, and opening the token (base64, AES-GCM, reading the fields) was a
 * good part of authenticating each. Bounded and direct-mapped: a token has one slot, and a newer
 * token there replaces the older. A remembered token counts only while the key that sealed it is
 * still in the ring (looked up on every hit, so a key taken out stops its tokens at once); expiry
 * and the source key are the caller's to check on every request, remembered or not.
 */
final class OpenedSessionTokens {

  private static final int DEFAULT_SLOTS = 1024;

  /** A token as sent, the id of the key that opened it, and the session inside. */
  private record Opened(String token, String keyId, Session session) {}

  private final KeyRing keyRing;
  private final AtomicReferenceArray<Opened> slots;

  OpenedSessionTokens(KeyRing keyRing) {
    this(keyRing, DEFAULT_SLOTS);
  }

  /**
   * @param slots how many tokens are remembered at most; a power of two
   */
  OpenedSessionTokens(KeyRing keyRing, int slots) {
    if (Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two: " + slots);
    }
    this.keyRing = keyRing;
    this.slots = new AtomicReferenceArray<>(slots);
  }

  /**
   * The token's session.
   *
   * @throws org.opensts.domain.error.AuthenticationException as {@link SessionTokenCodec#open} does
   */
  Session open(SessionToken token) {
    String text = token.value();
    int hash = text.hashCode();
    int slot = (hash ^ hash >>> 16) & (slots.length() - 1);
    Opened opened = slots.get(slot);
    if (opened != null && opened.token().equals(text) && keyRing.find(opened.keyId()).isPresent()) {
      return opened.session();
    }
    String[] keyId = new String[1];
    Session session =
        SessionTokenCodec.open(
            token,
            id -> {
              keyId[0] = id;
              return keyRing.find(id);
            });
    slots.set(slot, new Opened(text, keyId[0], session));
    return session;
  }
}
