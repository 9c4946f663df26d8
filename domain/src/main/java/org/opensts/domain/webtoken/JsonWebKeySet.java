package org.opensts.domain.webtoken;

import java.math.BigInteger;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.opensts.domain.authorization.JsonWriter;

/**
 * The public halves of the signing keys as a JWK Set (RFC 7517 section 5), what an issuer publishes
 * at {@code /.well-known/jwks.json}: RSA keys by {@code n} and {@code e} (RFC 7518 section 6.3), EC
 * keys on P-384 by {@code x} and {@code y}, each the full 48 bytes (section 6.2.1).
 */
public final class JsonWebKeySet {

  private static final int P384_COORDINATE_BYTES = 48;
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private JsonWebKeySet() {}

  public static String of(List<WebTokenSigningKey> keys) {
    JsonWriter json = new JsonWriter().beginObject().name("keys").beginArray();
    for (WebTokenSigningKey key : keys) {
      json.beginObject()
          .name("kid")
          .value(key.keyId())
          .name("use")
          .value("sig")
          .name("alg")
          .value(key.algorithm().name());
      if (key.algorithm() == SigningAlgorithm.RS256) {
        RSAPublicKey rsa = (RSAPublicKey) key.keyPair().getPublic();
        json.name("kty")
            .value("RSA")
            .name("n")
            .value(unsigned(rsa.getModulus()))
            .name("e")
            .value(unsigned(rsa.getPublicExponent()));
      } else {
        ECPublicKey ec = (ECPublicKey) key.keyPair().getPublic();
        json.name("kty")
            .value("EC")
            .name("crv")
            .value("P-384")
            .name("x")
            .value(coordinate(ec.getW().getAffineX()))
            .name("y")
            .value(coordinate(ec.getW().getAffineY()));
      }
      json.endObject();
    }
    return json.endArray().endObject().toString();
  }

  /** Base64url of the big-endian magnitude, without the sign byte {@code toByteArray} may add. */
  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return BASE64URL.encodeToString(bytes);
  }

  /** A P-384 coordinate at its full length: left-padded with zeros, sign byte dropped. */
  private static String coordinate(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] fixed = new byte[P384_COORDINATE_BYTES];
    int length = Math.min(bytes.length, P384_COORDINATE_BYTES);
    System.arraycopy(bytes, bytes.length - length, fixed, P384_COORDINATE_BYTES - length, length);
    return BASE64URL.encodeToString(fixed);
  }
}
