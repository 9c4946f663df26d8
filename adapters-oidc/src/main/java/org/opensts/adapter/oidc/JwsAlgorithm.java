package org.opensts.adapter.oidc;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Optional;

/**
 * The JWS algorithms (RFC 7518 §3) accepted for ID tokens: RSA PKCS#1 v1.5, RSA-PSS and ECDSA, each
 * with SHA-256/384/512. Never {@code none}, never an HMAC: a symmetric algorithm would let anyone
 * holding the issuer's public key sign.
 */
enum JwsAlgorithm {
  RS256("RSA", "SHA256withRSA", null, 0),
  RS384("RSA", "SHA384withRSA", null, 0),
  RS512("RSA", "SHA512withRSA", null, 0),
  PS256("RSA", "RSASSA-PSS", pss("SHA-256", MGF1ParameterSpec.SHA256, 32), 0),
  PS384("RSA", "RSASSA-PSS", pss("SHA-384", MGF1ParameterSpec.SHA384, 48), 0),
  PS512("RSA", "RSASSA-PSS", pss("SHA-512", MGF1ParameterSpec.SHA512, 64), 0),
  ES256("EC", "SHA256withECDSA", null, 32),
  ES384("EC", "SHA384withECDSA", null, 48),
  ES512("EC", "SHA512withECDSA", null, 66);

  /** RSA keys shorter than this are refused, as RFC 7518 §3.3 requires. */
  static final int MIN_RSA_BITS = 2048;

  private final String keyType;
  private final String jcaName;
  private final PSSParameterSpec pss;
  private final int ecCoordinateBytes;

  JwsAlgorithm(String keyType, String jcaName, PSSParameterSpec pss, int ecCoordinateBytes) {
    this.keyType = keyType;
    this.jcaName = jcaName;
    this.pss = pss;
    this.ecCoordinateBytes = ecCoordinateBytes;
  }

  static Optional<JwsAlgorithm> named(String name) {
    return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
  }

  /** The JWK {@code kty} of the keys this algorithm uses. */
  String keyType() {
    return keyType;
  }

  /** The JWK {@code crv} an ECDSA key must have, or null for RSA. */
  String curve() {
    return switch (this) {
      case ES256 -> "P-256";
      case ES384 -> "P-384";
      case ES512 -> "P-521";
      default -> null;
    };
  }

  /** Whether {@code signature} over {@code signingInput} verifies with {@code key}. */
  boolean verifies(PublicKey key, byte[] signingInput, byte[] signature) {
    try {
      byte[] jcaSignature = signature;
      if (keyType.equals("EC")) {
        if (!(key instanceof ECPublicKey ec)) {
          return false;
        }
        jcaSignature = derOf(signature, ec.getParams().getOrder());
        if (jcaSignature == null) {
          return false;
        }
      } else if (!(key instanceof RSAPublicKey rsa)
          || rsa.getModulus().bitLength() < MIN_RSA_BITS) {
        return false;
      }
      Signature verifier = Signature.getInstance(jcaName);
      if (pss != null) {
        verifier.setParameter(pss);
      }
      verifier.initVerify(key);
      verifier.update(signingInput);
      return verifier.verify(jcaSignature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * JWS carries ECDSA signatures as R || S, each of the curve's fixed length; the JDK wants DER.
   * Both must lie in [1, n-1] (a signature of zeros must never verify).
   */
  private byte[] derOf(byte[] raw, BigInteger order) {
    if (raw.length != 2 * ecCoordinateBytes) {
      return null;
    }
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, ecCoordinateBytes));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, ecCoordinateBytes, raw.length));
    if (r.signum() <= 0 || s.signum() <= 0 || r.compareTo(order) >= 0 || s.compareTo(order) >= 0) {
      return null;
    }
    byte[] rBytes = r.toByteArray();
    byte[] sBytes = s.toByteArray();
    byte[] sequence = concat(derElement(0x02, rBytes), derElement(0x02, sBytes));
    return derElement(0x30, sequence);
  }

  private static byte[] derElement(int tag, byte[] content) {
    byte[] length;
    if (content.length < 0x80) {
      length = new byte[] {(byte) content.length};
    } else if (content.length < 0x100) {
      length = new byte[] {(byte) 0x81, (byte) content.length};
    } else {
      length = new byte[] {(byte) 0x82, (byte) (content.length >> 8), (byte) content.length};
    }
    return concat(new byte[] {(byte) tag}, concat(length, content));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static PSSParameterSpec pss(String digest, MGF1ParameterSpec mgf, int saltLength) {
    return new PSSParameterSpec(digest, "MGF1", mgf, saltLength, PSSParameterSpec.TRAILER_FIELD_BC);
  }
}
