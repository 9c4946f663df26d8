package org.opensts.domain.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.identity.Principal;

/**
 * Seals a {@link TradeInToken} into the opaque text a partner receives, and opens it again for
 * GetDelegatedAccessToken: a {@link SealedEnvelope} of its own version and purpose, so that neither
 * a session token nor an authorization message, sealed under the same key ring, ever opens as a
 * trade-in token, nor the other way; in URL-safe base64 without padding.
 */
public final class TradeInTokenCodec {

  /** Generous for a 2048-character policy, small enough that a forged token is cheap to reject. */
  public static final int MAX_TOKEN_LENGTH = 8192;

  /** The one answer to anything that does not open cleanly (AWS documents none). */
  public static final String INVALID_TOKEN = "The trade-in token is invalid.";

  private static final SealedEnvelope ENVELOPE =
      new SealedEnvelope((byte) 0x54, "opensts/trade-in-token");

  private TradeInTokenCodec() {}

  public static String seal(TradeInToken token, SealingKey key, RandomGenerator random) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(ENVELOPE.seal(serialize(token), key, random));
  }

  /**
   * Opens a token with the key its header names. Expiry is the caller's to check, with its clock.
   *
   * @throws InvalidRequestException {@code InvalidParameterValue} with {@link #INVALID_TOKEN} when
   *     the text is malformed, too long, tampered with, truncated or sealed by a key the ring does
   *     not hold
   */
  public static TradeInToken open(String sealed, Function<String, Optional<SealingKey>> keys) {
    try {
      if (sealed.length() > MAX_TOKEN_LENGTH) {
        throw invalid();
      }
      byte[] plain =
          ENVELOPE
              .open(Base64.getUrlDecoder().decode(sealed), keys)
              .orElseThrow(TradeInTokenCodec::invalid);
      return deserialize(plain);
    } catch (IOException | RuntimeException e) {
      throw invalid();
    }
  }

  private static InvalidRequestException invalid() {
    return InvalidRequestException.invalidParameterValue(INVALID_TOKEN);
  }

  private static byte[] serialize(TradeInToken token) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(token.id());
      SessionTokenCodec.writePrincipal(out, token.assumedPrincipal());
      out.writeUTF(token.partner().value());
      out.writeUTF(token.policy());
      out.writeLong(token.sessionDuration().toSeconds());
      out.writeLong(
          token.mfaAuthenticatedAt() == null ? -1 : token.mfaAuthenticatedAt().getEpochSecond());
      out.writeLong(token.expiresAt().getEpochSecond());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static TradeInToken deserialize(byte[] plain) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
    String id = in.readUTF();
    Principal principal = SessionTokenCodec.readPrincipal(in);
    AccountId partner = AccountId.of(in.readUTF());
    String policy = in.readUTF();
    Duration sessionDuration = Duration.ofSeconds(in.readLong());
    long mfa = in.readLong();
    Instant expiresAt = Instant.ofEpochSecond(in.readLong());
    if (in.available() != 0) {
      throw new IOException("trailing bytes");
    }
    return new TradeInToken(
        id,
        principal,
        partner,
        policy,
        sessionDuration,
        mfa < 0 ? null : Instant.ofEpochSecond(mfa),
        expiresAt);
  }
}
