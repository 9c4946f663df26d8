package org.opensts.adapter.saml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Test-only: a minimal self-signed X.509 v3 certificate (no extensions) in DER, since the JDK has
 * no public API to build one. Enough for a SAML IdP's metadata, whose certificates only carry keys.
 */
public final class SelfSignedCertificates {

  private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
  private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
  private static final String COMMON_NAME = "2.5.4.3";
  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  private SelfSignedCertificates() {}

  /** A certificate for {@code keys} (RSA or EC), named and signed by itself, valid ten years. */
  public static X509Certificate create(KeyPair keys, String commonName) {
    boolean rsa = keys.getPublic().getAlgorithm().equals("RSA");
    byte[] algorithm =
        rsa
            ? sequence(oid(SHA256_WITH_RSA), new byte[] {0x05, 0x00})
            : sequence(oid(ECDSA_WITH_SHA256));
    byte[] name =
        sequence(
            tlv(
                0x31,
                sequence(
                    oid(COMMON_NAME), tlv(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
    Instant now = Instant.now();
    byte[] validity =
        sequence(utcTime(now.minusSeconds(3600)), utcTime(now.plusSeconds(3650L * 86400)));
    byte[] tbs =
        sequence(
            tlv(0xa0, tlv(0x02, new byte[] {2})),
            tlv(0x02, BigInteger.valueOf(now.toEpochMilli()).toByteArray()),
            algorithm,
            name,
            validity,
            name,
            keys.getPublic().getEncoded());
    try {
      Signature signer = Signature.getInstance(rsa ? "SHA256withRSA" : "SHA256withECDSA");
      signer.initSign(keys.getPrivate());
      signer.update(tbs);
      byte[] signature = signer.sign();
      byte[] bitString = new byte[signature.length + 1];
      System.arraycopy(signature, 0, bitString, 1, signature.length);
      byte[] der = sequence(tbs, algorithm, tlv(0x03, bitString));
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] utcTime(Instant instant) {
    return tlv(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] oid(String dotted) {
    String[] parts = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
    for (int i = 2; i < parts.length; i++) {
      long value = Long.parseLong(parts[i]);
      int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
      for (int g = groups - 1; g >= 0; g--) {
        int septet = (int) ((value >> (7 * g)) & 0x7f);
        out.write(g == 0 ? septet : septet | 0x80);
      }
    }
    return tlv(0x06, out.toByteArray());
  }

  private static byte[] sequence(byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      content.writeBytes(part);
    }
    return tlv(0x30, content.toByteArray());
  }

  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = value.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >> (8 * i));
      }
    }
    out.writeBytes(value);
    return out.toByteArray();
  }
}
