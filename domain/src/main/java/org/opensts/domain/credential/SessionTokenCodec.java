package org.opensts.domain.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.RoleSessionName;
import org.opensts.domain.identity.SecretAccessKey;
import org.opensts.domain.identity.Tag;

/**
 * Seals a {@link Session} into a session token and opens it again: a {@link SealedEnvelope},
 * base64-encoded. Anything that does not open cleanly is an invalid token, never a different error.
 *
 * <p>The plaintext starts with a flag saying whether the rest is deflated: a session with session
 * policies is compressed, as AWS packs them, so that its token stays small; one without is not, so
 * that the common token opens without inflating.
 *
 * <p>Fields added after the first format trail the plaintext, written only when set, so that every
 * token sealed before they existed still opens (and a session without them seals as it always did):
 * the task policy ARN of a root session.
 */
public final class SessionTokenCodec {

  /** Generous for today's payload, small enough that a forged token cannot cost much to reject. */
  public static final int MAX_TOKEN_LENGTH = 8192;

  private static final SealedEnvelope ENVELOPE =
      new SealedEnvelope((byte) 2, "opensts/session-token");
  private static final byte ROOT = 1;
  private static final byte USER = 2;
  private static final byte ROLE_SESSION = 3;
  private static final byte FEDERATED_USER = 4;
  private static final byte RAW = 0;
  private static final byte DEFLATED = 1;

  /** Far above what a packed-size check lets into a session; only a bound on inflating. */
  private static final int MAX_PLAINTEXT = 256 * 1024;

  private SessionTokenCodec() {}

  public static SessionToken seal(Session session, SealingKey key, RandomGenerator random) {
    return new SessionToken(
        Base64.getEncoder().encodeToString(ENVELOPE.seal(serialize(session), key, random)));
  }

  /**
   * Opens a token with the key its header names.
   *
   * @throws AuthenticationException {@code InvalidClientTokenId} when the token is malformed,
   *     tampered with, truncated or sealed by a key the ring does not hold
   */
  public static Session open(SessionToken token, Function<String, Optional<SealingKey>> keys) {
    try {
      if (token.value().length() > MAX_TOKEN_LENGTH) {
        throw AuthenticationException.invalidClientTokenId();
      }
      byte[] plain =
          ENVELOPE
              .open(Base64.getDecoder().decode(token.value()), keys)
              .orElseThrow(AuthenticationException::invalidClientTokenId);
      return deserialize(plain);
    } catch (IOException | RuntimeException e) {
      throw AuthenticationException.invalidClientTokenId();
    }
  }

  private static byte[] serialize(Session session) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    boolean deflated = session.context().hasSessionPolicies();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      // The flag first, so that the common token's plaintext is the stream's bytes as written.
      out.writeByte(deflated ? DEFLATED : RAW);
      out.writeUTF(session.accessKeyId().value());
      out.writeUTF(session.secretAccessKey().value());
      out.writeLong(session.issuedAt().getEpochSecond());
      out.writeLong(session.expiresAt().getEpochSecond());
      writePrincipal(out, session.principal());
      writeContext(out, session.context());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] plain = bytes.toByteArray();
    if (!deflated) {
      return plain;
    }
    byte[] packed = Deflate.deflate(Arrays.copyOfRange(plain, 1, plain.length));
    byte[] flagged = new byte[packed.length + 1];
    flagged[0] = DEFLATED;
    System.arraycopy(packed, 0, flagged, 1, packed.length);
    return flagged;
  }

  private static void writeContext(DataOutputStream out, SessionContext context)
      throws IOException {
    out.writeShort(context.sessionPolicies().size());
    for (String policy : context.sessionPolicies()) {
      // Policies may be longer than writeUTF's 64 KiB.
      byte[] text = policy.getBytes(StandardCharsets.UTF_8);
      out.writeInt(text.length);
      out.write(text);
    }
    out.writeShort(context.tags().size());
    for (Tag tag : context.tags()) {
      out.writeUTF(tag.key());
      out.writeUTF(tag.value());
    }
    out.writeShort(context.transitiveTagKeys().size());
    for (String key : context.transitiveTagKeys()) {
      out.writeUTF(key);
    }
    writeOptional(out, context.sourceIdentity());
    out.writeLong(
        context.mfaAuthenticatedAt() == null ? -1 : context.mfaAuthenticatedAt().getEpochSecond());
    writeOptional(
        out, context.sourceAccessKey() == null ? null : context.sourceAccessKey().value());
    writeOptional(out, context.federatedProvider());
    if (context.hasTaskPolicy()) {
      out.writeUTF(context.taskPolicyArn());
    }
  }

  private static void writeOptional(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  /** Also how a {@link TradeInTokenCodec} token names its principal. */
  static void writePrincipal(DataOutputStream out, Principal principal) throws IOException {
    out.writeUTF(principal.account().value());
    if (principal instanceof IamUserPrincipal user) {
      out.writeByte(USER);
      out.writeUTF(user.userId());
      out.writeUTF(user.path().value());
      out.writeUTF(user.userName());
    } else if (principal instanceof FederatedUserPrincipal federated) {
      out.writeByte(FEDERATED_USER);
      out.writeUTF(federated.name());
      writePrincipal(out, federated.parent());
    } else if (principal instanceof AssumedRolePrincipal session) {
      out.writeByte(ROLE_SESSION);
      out.writeUTF(session.roleId());
      out.writeUTF(session.rolePath().value());
      out.writeUTF(session.roleName());
      out.writeUTF(session.sessionName().value());
    } else {
      out.writeByte(ROOT);
    }
  }

  private static Session deserialize(byte[] plain) throws IOException {
    ByteArrayInputStream payload =
        switch (plain[0]) {
          case RAW -> new ByteArrayInputStream(plain, 1, plain.length - 1);
          case DEFLATED -> new ByteArrayInputStream(Deflate.inflate(plain, 1, MAX_PLAINTEXT));
          default -> throw new IOException("unknown plaintext flag " + plain[0]);
        };
    DataInputStream in = new DataInputStream(payload);
    AccessKeyId accessKeyId = new AccessKeyId(in.readUTF());
    SecretAccessKey secret = new SecretAccessKey(in.readUTF());
    Instant issuedAt = Instant.ofEpochSecond(in.readLong());
    Instant expiresAt = Instant.ofEpochSecond(in.readLong());
    Principal principal = readPrincipal(in);
    SessionContext context = readContext(in);
    if (in.available() != 0) {
      throw new IOException("trailing bytes");
    }
    return new Session(accessKeyId, secret, principal, issuedAt, expiresAt, context);
  }

  private static SessionContext readContext(DataInputStream in) throws IOException {
    List<String> policies = new ArrayList<>();
    for (int i = in.readUnsignedShort(); i > 0; i--) {
      int length = in.readInt();
      if (length < 0 || length > in.available()) {
        throw new IOException("bad policy length");
      }
      policies.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }
    List<Tag> tags = new ArrayList<>();
    for (int i = in.readUnsignedShort(); i > 0; i--) {
      tags.add(new Tag(in.readUTF(), in.readUTF()));
    }
    List<String> transitiveKeys = new ArrayList<>();
    for (int i = in.readUnsignedShort(); i > 0; i--) {
      transitiveKeys.add(in.readUTF());
    }
    String sourceIdentity = readOptional(in);
    long mfa = in.readLong();
    String sourceKey = readOptional(in);
    String federatedProvider = readOptional(in);
    String taskPolicyArn = in.available() > 0 ? in.readUTF() : null;
    return new SessionContext(
        policies,
        tags,
        transitiveKeys,
        sourceIdentity,
        mfa < 0 ? null : Instant.ofEpochSecond(mfa),
        sourceKey == null ? null : new AccessKeyId(sourceKey),
        federatedProvider,
        taskPolicyArn);
  }

  private static String readOptional(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  static Principal readPrincipal(DataInputStream in) throws IOException {
    AccountId account = AccountId.of(in.readUTF());
    byte type = in.readByte();
    return switch (type) {
      case ROOT -> new AccountRootPrincipal(account);
      case USER ->
          new IamUserPrincipal(account, in.readUTF(), IamPath.of(in.readUTF()), in.readUTF());
      case ROLE_SESSION ->
          new AssumedRolePrincipal(
              account,
              in.readUTF(),
              IamPath.of(in.readUTF()),
              in.readUTF(),
              RoleSessionName.of(in.readUTF()));
      case FEDERATED_USER -> new FederatedUserPrincipal(account, in.readUTF(), readPrincipal(in));
      default -> throw new IOException("unknown principal type " + type);
    };
  }
}
