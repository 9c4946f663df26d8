package org.opensts.domain.webtoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JWK Set an issuer publishes: each key's members, by RFC 7517 and 7518. */
class JsonWebKeySetTest {

  @Test
  void givenAnRsaKey_theSet_hasItsModulusAndExponentUnsigned() throws Exception {
    WebTokenSigningKey key = JsonWebTokenTest.key(SigningAlgorithm.RS256);
    RSAPublicKey rsa = (RSAPublicKey) key.keyPair().getPublic();

    String jwks = JsonWebKeySet.of(List.of(key));

    assertTrue(
        jwks.startsWith(
            "{\"keys\":[{\"kid\":\"RSA_0\",\"use\":\"sig\",\"alg\":\"RS256\"" + ",\"kty\":\"RSA\""),
        jwks);
    assertEquals("AQAB", member(jwks, "e"));
    byte[] n = Base64.getUrlDecoder().decode(member(jwks, "n"));
    assertEquals(256, n.length, "2048 bits, no sign byte");
    assertEquals(rsa.getModulus(), new BigInteger(1, n));
  }

  @Test
  void givenAnEcKey_theSet_hasBothCoordinatesAtTheirFull48Bytes() throws Exception {
    for (int i = 0; i < 20; i++) {
      WebTokenSigningKey key = JsonWebTokenTest.key(SigningAlgorithm.ES384);
      ECPublicKey ec = (ECPublicKey) key.keyPair().getPublic();

      String jwks = JsonWebKeySet.of(List.of(key));

      assertTrue(jwks.contains("\"kty\":\"EC\",\"crv\":\"P-384\""), jwks);
      byte[] x = Base64.getUrlDecoder().decode(member(jwks, "x"));
      byte[] y = Base64.getUrlDecoder().decode(member(jwks, "y"));
      assertEquals(48, x.length);
      assertEquals(48, y.length);
      assertEquals(ec.getW().getAffineX(), new BigInteger(1, x));
      assertEquals(ec.getW().getAffineY(), new BigInteger(1, y));
    }
  }

  private static String member(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    assertTrue(matcher.find(), name);
    return matcher.group(1);
  }
}
