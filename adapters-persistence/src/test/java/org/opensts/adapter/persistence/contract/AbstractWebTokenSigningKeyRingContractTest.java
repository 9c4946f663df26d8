package org.opensts.adapter.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.out.WebTokenSigningKeyRing;
import org.opensts.domain.webtoken.SigningAlgorithm;
import org.opensts.domain.webtoken.WebTokenSigningKey;

/** What every web token signing key ring must do; each implementation supplies only the factory. */
public abstract class AbstractWebTokenSigningKeyRingContractTest {

  protected static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  protected static final Instant T1 = T0.plusSeconds(3600);
  protected static final Instant T2 = T1.plusSeconds(3600);

  protected abstract WebTokenSigningKeyRing newRing();

  /** The JWS signature algorithm of each algorithm, as the JDK names it. */
  public static String jdkName(SigningAlgorithm algorithm) {
    return algorithm == SigningAlgorithm.RS256 ? "SHA256withRSA" : "SHA384withECDSA";
  }

  public static byte[] sign(WebTokenSigningKey key, byte[] data) throws GeneralSecurityException {
    Signature signature = Signature.getInstance(jdkName(key.algorithm()));
    signature.initSign(key.keyPair().getPrivate());
    signature.update(data);
    return signature.sign();
  }

  public static boolean verifies(WebTokenSigningKey key, byte[] data, byte[] signed)
      throws GeneralSecurityException {
    Signature signature = Signature.getInstance(jdkName(key.algorithm()));
    signature.initVerify(key.keyPair().getPublic());
    signature.update(data);
    return signature.verify(signed);
  }

  private static Map<String, WebTokenSigningKey> byId(List<WebTokenSigningKey> keys) {
    return keys.stream().collect(Collectors.toMap(WebTokenSigningKey::keyId, Function.identity()));
  }

  @Test
  void givenNoKey_current_makesGenerationZeroAndKeepsItUntilRotate() {
    WebTokenSigningKeyRing ring = newRing();

    WebTokenSigningKey first = ring.current(SigningAlgorithm.RS256, T0);
    WebTokenSigningKey later = ring.current(SigningAlgorithm.RS256, T2);

    assertEquals("RSA_0", first.keyId());
    assertEquals(T0, first.createdAt());
    assertNull(first.retiredAt());
    assertEquals(first.keyId(), later.keyId());
    assertArrayEquals(
        first.keyPair().getPublic().getEncoded(), later.keyPair().getPublic().getEncoded());
    assertEquals(
        List.of("RSA_0"), ring.published().stream().map(WebTokenSigningKey::keyId).toList());
  }

  @Test
  void givenEachAlgorithm_current_makesItsKindOfKeyPair() throws GeneralSecurityException {
    WebTokenSigningKeyRing ring = newRing();

    WebTokenSigningKey rsa = ring.current(SigningAlgorithm.RS256, T0);
    WebTokenSigningKey ec = ring.current(SigningAlgorithm.ES384, T0);

    assertEquals(2048, ((RSAPublicKey) rsa.keyPair().getPublic()).getModulus().bitLength());
    assertEquals("EC384_0", ec.keyId());
    assertEquals(
        384,
        ((ECPublicKey) ec.keyPair().getPublic()).getParams().getCurve().getField().getFieldSize());
    byte[] data = "header.payload".getBytes(StandardCharsets.US_ASCII);
    for (WebTokenSigningKey key : List.of(rsa, ec)) {
      assertTrue(verifies(key, data, sign(key, data)), key.keyId());
    }
  }

  @Test
  void givenCurrentKey_rotate_retiresItAtTheInstantAndMakesTheNextGenerationCurrent() {
    WebTokenSigningKeyRing ring = newRing();
    WebTokenSigningKey first = ring.current(SigningAlgorithm.RS256, T0);

    WebTokenSigningKey second = ring.rotate(SigningAlgorithm.RS256, T1);

    assertEquals("RSA_1", second.keyId());
    assertEquals(T1, second.createdAt());
    assertEquals("RSA_1", ring.current(SigningAlgorithm.RS256, T2).keyId());
    Map<String, WebTokenSigningKey> published = byId(ring.published());
    assertEquals(T1, published.get("RSA_0").retiredAt());
    assertArrayEquals(
        first.keyPair().getPublic().getEncoded(),
        published.get("RSA_0").keyPair().getPublic().getEncoded());
    assertNull(published.get("RSA_1").retiredAt());
    assertEquals("RSA_2", ring.rotate(SigningAlgorithm.RS256, T2).keyId());
  }

  @Test
  void givenNoKeyYet_rotate_makesGenerationZero() {
    WebTokenSigningKeyRing ring = newRing();

    assertEquals("EC384_0", ring.rotate(SigningAlgorithm.ES384, T0).keyId());
    assertEquals("EC384_0", ring.current(SigningAlgorithm.ES384, T1).keyId());
  }

  @Test
  void givenBothAlgorithms_published_listsEveryKeyOfBoth() {
    WebTokenSigningKeyRing ring = newRing();
    ring.current(SigningAlgorithm.RS256, T0);
    ring.current(SigningAlgorithm.ES384, T0);
    ring.rotate(SigningAlgorithm.ES384, T1);

    assertEquals(
        List.of("RSA_0", "EC384_0", "EC384_1"),
        ring.published().stream().map(WebTokenSigningKey::keyId).toList());
  }

  @Test
  void givenRetiredKeys_prune_removesOnlyThoseRetiredAtOrBeforeTheInstant() {
    WebTokenSigningKeyRing ring = newRing();
    ring.current(SigningAlgorithm.RS256, T0);
    ring.current(SigningAlgorithm.ES384, T0);
    ring.rotate(SigningAlgorithm.RS256, T1);
    ring.rotate(SigningAlgorithm.RS256, T2);

    assertEquals(List.of(), ring.prune(T1.minusSeconds(1)));
    assertEquals(List.of("RSA_0"), ring.prune(T1));
    assertEquals(
        List.of("RSA_1", "RSA_2", "EC384_0"),
        ring.published().stream().map(WebTokenSigningKey::keyId).toList());
    assertEquals(List.of("RSA_1"), ring.prune(T2.plusSeconds(86_400)));
    assertEquals(
        List.of("RSA_2", "EC384_0"),
        ring.published().stream().map(WebTokenSigningKey::keyId).toList());
    assertEquals("RSA_2", ring.current(SigningAlgorithm.RS256, T2).keyId());
  }

  @Test
  void givenPrunedKeys_rotate_continuesTheGenerations() {
    WebTokenSigningKeyRing ring = newRing();
    ring.current(SigningAlgorithm.RS256, T0);
    ring.rotate(SigningAlgorithm.RS256, T1);
    ring.prune(T1);

    assertEquals("RSA_2", ring.rotate(SigningAlgorithm.RS256, T2).keyId());
  }

  @Test
  void givenClockBehindTheCurrentKey_rotate_retiresItNoEarlierThanItWasMade() {
    WebTokenSigningKeyRing ring = newRing();
    ring.current(SigningAlgorithm.RS256, T1);

    WebTokenSigningKey next = ring.rotate(SigningAlgorithm.RS256, T0);

    assertEquals("RSA_1", next.keyId());
    assertEquals(T1, next.createdAt());
    assertEquals(T1, byId(ring.published()).get("RSA_0").retiredAt());
  }
}
