package org.opensts.adapter.saml;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.SamlProvider;

/**
 * Test-only: a SAML identity provider with a freshly generated key pair and a self-signed
 * certificate, which signs responses ({@link SamlResponseBuilder}) and describes itself in metadata
 * for IAM's CreateSAMLProvider.
 */
public record TestIdp(String entityId, KeyPair keys, X509Certificate certificate) {

  /** An IdP with a 2048-bit RSA key. */
  public static TestIdp rsa(String entityId) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return of(entityId, generator.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An IdP with a P-256 EC key. */
  public static TestIdp ec(String entityId) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return of(entityId, generator.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TestIdp of(String entityId, KeyPair keys) {
    return new TestIdp(entityId, keys, SelfSignedCertificates.create(keys, "Test IdP"));
  }

  public String certificateBase64() {
    try {
      return Base64.getEncoder().encodeToString(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The IdP's metadata, as uploaded to CreateSAMLProvider. */
  public String metadata() {
    return "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
        + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\""
        + entityId
        + "\"><md:IDPSSODescriptor"
        + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
        + "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
        + certificateBase64()
        + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
        + "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\""
        + " Location=\"https://idp.example.com/sso\"/>"
        + "</md:IDPSSODescriptor></md:EntityDescriptor>";
  }

  /** The IAM SAML provider registered with this IdP's metadata. */
  public SamlProvider provider(String account, String name) {
    Instant created = Instant.parse("2025-01-01T00:00:00Z");
    return new SamlProvider(
        AccountId.of(account),
        name,
        metadata(),
        entityId,
        List.of(certificateBase64()),
        created,
        Instant.parse("2125-01-01T00:00:00Z"),
        List.of());
  }
}
