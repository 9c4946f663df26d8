package org.opensts.domain.webtoken;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import org.opensts.domain.authorization.JsonWriter;
import org.opensts.domain.error.OutboundFederationException;

/**
 * A signed JSON Web Token in compact serialization (RFC 7515 section 7.1): {@code base64url(header)
 * . base64url(payload) . base64url(signature)}, unpadded, with the header {@code
 * {"typ":"JWT","alg":…,"kid":…}} that AWS's tokens carry.
 */
public final class JsonWebToken {

  /**
   * The largest payload signed, in bytes of JSON. AWS documents no limit; this one lets every
   * realistic caller through and refuses the 50 longest tags the model allows.
   */
  public static final int MAX_PAYLOAD_BYTES = 8192;

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private JsonWebToken() {}

  /**
   * Signs the claims with the key, by its algorithm.
   *
   * @throws OutboundFederationException {@code JWTPayloadSizeExceededException} beyond {@link
   *     #MAX_PAYLOAD_BYTES}
   */
  public static String sign(WebIdentityTokenClaims claims, WebTokenSigningKey key) {
    byte[] payload = claims.toJson().getBytes(StandardCharsets.UTF_8);
    if (payload.length > MAX_PAYLOAD_BYTES) {
      throw OutboundFederationException.payloadSizeExceeded(MAX_PAYLOAD_BYTES);
    }
    String header =
        new JsonWriter()
            .beginObject()
            .name("typ")
            .value("JWT")
            .name("alg")
            .value(key.algorithm().name())
            .name("kid")
            .value(key.keyId())
            .endObject()
            .toString();
    String signingInput =
        encode(header.getBytes(StandardCharsets.UTF_8)) + "." + BASE64URL.encodeToString(payload);
    return signingInput + "." + encode(signature(signingInput, key));
  }

  private static byte[] signature(String signingInput, WebTokenSigningKey key) {
    try {
      Signature signer = Signature.getInstance(jcaName(key.algorithm()));
      signer.initSign(key.keyPair().getPrivate());
      signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot sign " + key.algorithm(), e);
    }
  }

  /**
   * The JDK's name of each algorithm. ES384 signs in the IEEE P1363 format, the fixed-length {@code
   * R || S} (48 bytes each) that JWS requires (RFC 7518 section 3.4), not the DER the plain {@code
   * SHA384withECDSA} produces.
   */
  static String jcaName(SigningAlgorithm algorithm) {
    return switch (algorithm) {
      case RS256 -> "SHA256withRSA";
      case ES384 -> "SHA384withECDSAinP1363Format";
    };
  }

  private static String encode(byte[] bytes) {
    return BASE64URL.encodeToString(bytes);
  }
}
