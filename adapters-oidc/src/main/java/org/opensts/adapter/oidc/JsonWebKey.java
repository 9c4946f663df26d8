package org.opensts.adapter.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A public signing key from a JWKS (RFC 7517): RSA ({@code n}, {@code e}) or EC ({@code crv} P-256,
 * P-384 or P-521, {@code x}, {@code y}), with the {@code kid}, {@code alg} and {@code use} the set
 * states. Other key types (symmetric {@code oct} among them) are never read.
 *
 * @param keyId null when the key has none
 * @param algorithm null when the key does not restrict its algorithm
 * @param use null when the key does not state its use
 */
record JsonWebKey(
    String keyId, String keyType, String curve, String algorithm, String use, PublicKey key) {

  private static final Map<String, String> CURVES =
      Map.of("P-256", "secp256r1", "P-384", "secp384r1", "P-521", "secp521r1");

  /** Whether this key may verify a token signed with {@code alg}. */
  boolean fits(JwsAlgorithm alg) {
    return keyType.equals(alg.keyType())
        && (alg.curve() == null || alg.curve().equals(curve))
        && (algorithm == null || algorithm.equals(alg.name()))
        && (use == null || use.equals("sig"));
  }

  /**
   * The usable keys of a JWKS document; keys of other types or with bad members are skipped.
   *
   * @throws IllegalArgumentException when the document is no JWKS at all
   */
  static List<JsonWebKey> parseSet(JsonNode jwks) {
    if (jwks == null || !jwks.isObject() || !jwks.path("keys").isArray()) {
      throw new IllegalArgumentException("a JWKS is a JSON object with a \"keys\" array");
    }
    List<JsonWebKey> keys = new ArrayList<>();
    for (JsonNode node : jwks.get("keys")) {
      parse(node).ifPresent(keys::add);
    }
    return List.copyOf(keys);
  }

  static Optional<JsonWebKey> parse(JsonNode node) {
    if (!node.isObject()) {
      return Optional.empty();
    }
    String kty = text(node, "kty");
    try {
      if ("RSA".equals(kty)) {
        BigInteger n = unsigned(node, "n");
        BigInteger e = unsigned(node, "e");
        if (n == null || e == null) {
          return Optional.empty();
        }
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
        return Optional.of(of(node, kty, null, key));
      }
      if ("EC".equals(kty)) {
        String crv = text(node, "crv");
        BigInteger x = unsigned(node, "x");
        BigInteger y = unsigned(node, "y");
        if (crv == null || !CURVES.containsKey(crv) || x == null || y == null) {
          return Optional.empty();
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec(CURVES.get(crv)));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        if (!onCurve(spec, x, y)) {
          return Optional.empty();
        }
        PublicKey key =
            KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), spec));
        return Optional.of(of(node, kty, crv, key));
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static JsonWebKey of(JsonNode node, String kty, String crv, PublicKey key) {
    return new JsonWebKey(text(node, "kid"), kty, crv, text(node, "alg"), text(node, "use"), key);
  }

  /** y² = x³ + ax + b (mod p), so that no point off the curve is ever used. */
  private static boolean onCurve(ECParameterSpec spec, BigInteger x, BigInteger y) {
    BigInteger p = ((ECFieldFp) spec.getCurve().getField()).getP();
    if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
      return false;
    }
    BigInteger left = y.modPow(BigInteger.TWO, p);
    BigInteger right =
        x.pow(3).add(spec.getCurve().getA().multiply(x)).add(spec.getCurve().getB()).mod(p);
    return left.equals(right);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  private static BigInteger unsigned(JsonNode node, String field) {
    String text = text(node, field);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return new BigInteger(1, CompactJws.decode(text));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
