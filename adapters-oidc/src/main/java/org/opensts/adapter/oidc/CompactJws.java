package org.opensts.adapter.oidc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.opensts.domain.error.IdentityProviderException;

/**
 * A JWS in compact serialization, split strictly: three base64url parts without padding, whose
 * header and payload are JSON objects without duplicate members. Nothing in it is trusted yet.
 *
 * @param signingInput {@code BASE64URL(header) || '.' || BASE64URL(payload)} as ASCII
 */
record CompactJws(JsonNode header, JsonNode payload, byte[] signingInput, byte[] signature) {

  /** The model allows tokens of up to 20000 characters. */
  static final int MAX_LENGTH = 20000;

  static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  static CompactJws parse(String token) {
    if (token == null || token.length() > MAX_LENGTH) {
      throw malformed();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw malformed();
    }
    JsonNode header = object(decode(parts[0]));
    JsonNode payload = object(decode(parts[1]));
    byte[] signature = decode(parts[2]);
    byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    return new CompactJws(header, payload, signingInput, signature);
  }

  /** The header's {@code alg}, which must be a string. */
  String algorithm() {
    JsonNode alg = header.get("alg");
    if (alg == null || !alg.isTextual()) {
      throw malformed();
    }
    return alg.textValue();
  }

  /** The header's {@code kid}, or null. */
  String keyId() {
    JsonNode kid = header.get("kid");
    if (kid == null || kid.isNull()) {
      return null;
    }
    if (!kid.isTextual()) {
      throw malformed();
    }
    return kid.textValue();
  }

  /**
   * Base64url without padding, canonical: the text must be what encoding the bytes gives back, so
   * that no two texts carry the same token.
   */
  static byte[] decode(String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean allowed =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!allowed) {
        throw malformed();
      }
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
    if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(part)) {
      throw malformed();
    }
    return bytes;
  }

  private static JsonNode object(byte[] json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      throw malformed();
    }
    if (node == null || !node.isObject()) {
      throw malformed();
    }
    return node;
  }

  static IdentityProviderException malformed() {
    return IdentityProviderException.invalidIdentityToken(
        "The web identity token is not a well-formed JWT (compact JWS)");
  }
}
