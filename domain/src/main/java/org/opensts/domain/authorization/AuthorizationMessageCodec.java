package org.opensts.domain.authorization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.opensts.domain.credential.SealedEnvelope;
import org.opensts.domain.credential.SealingKey;
import org.opensts.domain.error.InvalidRequestException;

/**
 * Seals an {@link AuthorizationMessage} into the opaque text a denied request carries, and opens it
 * again for DecodeAuthorizationMessage. The envelope is {@code version | key id length | key id |
 * 96-bit nonce | AES-256-GCM ciphertext and tag}, in URL-safe base64 without padding, as AWS's
 * encoded messages look. The header and a purpose string are authenticated as additional data, so a
 * session token, sealed under the same key ring, never opens as a message nor the other way.
 */
public final class AuthorizationMessageCodec {

  /** DecodeAuthorizationMessage's limit on {@code EncodedMessage}. */
  public static final int MAX_ENCODED_LENGTH = 10240;

  /** The one answer to anything that does not open cleanly. */
  public static final String INVALID_MESSAGE = "The encoded message is invalid.";

  /** Its own version and purpose, so that a session token never passes for a message. */
  private static final SealedEnvelope ENVELOPE =
      new SealedEnvelope((byte) 0x41, "opensts/authorization-message");

  private AuthorizationMessageCodec() {}

  /**
   * Seals the message under the key. A message whose matched statements would not fit the limit
   * loses them, keeping the outcome and the request, rather than becoming undecodable.
   *
   * @throws IllegalArgumentException when even the request alone does not fit
   */
  public static String encode(
      AuthorizationMessage message, SealingKey key, RandomGenerator random) {
    String encoded = seal(message, key, random);
    if (encoded.length() <= MAX_ENCODED_LENGTH) {
      return encoded;
    }
    AuthorizationMessage shorter =
        new AuthorizationMessage(
            message.allowed(),
            message.explicitDeny(),
            List.of(),
            message.failures(),
            message.context());
    encoded = seal(shorter, key, random);
    if (encoded.length() > MAX_ENCODED_LENGTH) {
      throw new IllegalArgumentException("The authorization message is too large to encode");
    }
    return encoded;
  }

  /**
   * Opens a message with the key its header names.
   *
   * @throws InvalidRequestException {@code InvalidAuthorizationMessageException} with {@link
   *     #INVALID_MESSAGE} when the text is malformed, too long, tampered with, truncated or sealed
   *     by a key the ring does not hold
   */
  public static AuthorizationMessage decode(
      String encoded, Function<String, Optional<SealingKey>> keys) {
    try {
      if (encoded.length() > MAX_ENCODED_LENGTH) {
        throw invalid();
      }
      byte[] plain =
          ENVELOPE
              .open(Base64.getUrlDecoder().decode(encoded), keys)
              .orElseThrow(AuthorizationMessageCodec::invalid);
      return deserialize(plain);
    } catch (IOException | RuntimeException e) {
      throw invalid();
    }
  }

  private static InvalidRequestException invalid() {
    return InvalidRequestException.invalidAuthorizationMessage(INVALID_MESSAGE);
  }

  private static String seal(AuthorizationMessage message, SealingKey key, RandomGenerator random) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(ENVELOPE.seal(serialize(message), key, random));
  }

  private static byte[] serialize(AuthorizationMessage message) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeBoolean(message.allowed());
      out.writeBoolean(message.explicitDeny());
      out.writeInt(message.matchedStatements().size());
      for (AuthorizationMessage.MatchedStatement statement : message.matchedStatements()) {
        out.writeUTF(statement.statementId());
        out.writeUTF(statement.effect());
        writeStrings(out, statement.principals());
        writeStrings(out, statement.actions());
        writeStrings(out, statement.resources());
        writeConditions(out, statement.conditions());
      }
      writeStrings(out, message.failures());
      AuthorizationMessage.Context context = message.context();
      out.writeUTF(context.principalId());
      out.writeUTF(context.principalArn());
      out.writeUTF(context.action());
      out.writeUTF(context.resource());
      writeConditions(out, context.conditions());
    } catch (IOException e) {
      // A single string over 64 KiB: far beyond what the encoded form may hold anyway.
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      out.writeUTF(value);
    }
  }

  private static void writeConditions(
      DataOutputStream out, List<AuthorizationMessage.ConditionEntry> conditions)
      throws IOException {
    out.writeInt(conditions.size());
    for (AuthorizationMessage.ConditionEntry condition : conditions) {
      out.writeUTF(condition.key());
      writeStrings(out, condition.values());
    }
  }

  private static AuthorizationMessage deserialize(byte[] plain) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
    boolean allowed = in.readBoolean();
    boolean explicitDeny = in.readBoolean();
    int statementCount = readCount(in);
    List<AuthorizationMessage.MatchedStatement> statements = new ArrayList<>(statementCount);
    for (int i = 0; i < statementCount; i++) {
      statements.add(
          new AuthorizationMessage.MatchedStatement(
              in.readUTF(),
              in.readUTF(),
              readStrings(in),
              readStrings(in),
              readStrings(in),
              readConditions(in)));
    }
    List<String> failures = readStrings(in);
    AuthorizationMessage.Context context =
        new AuthorizationMessage.Context(
            in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), readConditions(in));
    if (in.available() != 0) {
      throw new IOException("trailing bytes");
    }
    return new AuthorizationMessage(allowed, explicitDeny, statements, failures, context);
  }

  /** A count no larger than the bytes left, so that a bad count cannot allocate much. */
  private static int readCount(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("bad count " + count);
    }
    return count;
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int count = readCount(in);
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(in.readUTF());
    }
    return values;
  }

  private static List<AuthorizationMessage.ConditionEntry> readConditions(DataInputStream in)
      throws IOException {
    int count = readCount(in);
    List<AuthorizationMessage.ConditionEntry> conditions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      conditions.add(new AuthorizationMessage.ConditionEntry(in.readUTF(), readStrings(in)));
    }
    return conditions;
  }
}
