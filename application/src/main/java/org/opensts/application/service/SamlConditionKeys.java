package org.opensts.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensts.application.port.out.SamlAssertionVerifier.VerifiedSamlAssertion;
import org.opensts.domain.iam.SamlProvider;
import org.opensts.domain.policy.ConditionKeys;

/**
 * The {@code saml:} condition keys AWS sets for AssumeRoleWithSAML trust policies: the assertion's
 * recipient, subject and issuer, the provider, the name qualifier, and the attributes AWS names by
 * a short key, whether the IdP sends them by their OID or by that short name.
 */
final class SamlConditionKeys {

  /** AWS's short key for each attribute it documents, by the attribute's OID name. */
  private static final Map<String, String> ATTRIBUTE_KEYS =
      Map.ofEntries(
          Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.1", "edupersonaffiliation"),
          Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.2", "edupersonnickname"),
          Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.3", "edupersonorgdn"),
          Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.4", "edupersonorgunitdn"),
          Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.5", "edupersonprimaryaffiliation"),
          Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.6", "edupersonprincipalname"),
          Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.7", "edupersonentitlement"),
          Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.8", "edupersonprimaryorgunitdn"),
          Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.9", "edupersonscopedaffiliation"),
          Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.10", "edupersontargetedid"),
          Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.11", "edupersonassurance"),
          Map.entry("urn:oid:2.5.4.3", "cn"),
          Map.entry("urn:oid:2.5.4.4", "surname"),
          Map.entry("urn:oid:2.5.4.42", "givenname"),
          Map.entry("urn:oid:0.9.2342.19200300.100.1.1", "uid"),
          Map.entry("urn:oid:0.9.2342.19200300.100.1.3", "mail"));

  private SamlConditionKeys() {}

  static ConditionKeys.Builder put(
      ConditionKeys.Builder keys, VerifiedSamlAssertion assertion, SamlProvider provider) {
    keys.put("saml:aud", assertion.recipient())
        .put("saml:sub", assertion.subject())
        .put("saml:sub_type", assertion.subjectType())
        .put("saml:iss", assertion.issuer())
        .put("saml:doc", provider.account().value() + "/" + provider.name())
        .put("saml:namequalifier", nameQualifier(assertion.issuer(), provider))
        .put("aws:FederatedProvider", provider.arn().toString());
    assertion
        .attributes()
        .forEach(
            (name, values) -> {
              String key = shortKey(name);
              if (key != null && !values.isEmpty()) {
                keys.put("saml:" + key, List.copyOf(values));
              }
            });
    return keys;
  }

  /** AWS's {@code BASE64(SHA1(issuer + account + "/" + provider name))}. */
  static String nameQualifier(String issuer, SamlProvider provider) {
    String text = issuer + provider.account().value() + "/" + provider.name();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-1", e);
    }
  }

  private static String shortKey(String name) {
    String known = ATTRIBUTE_KEYS.get(name);
    if (known != null) {
      return known;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return ATTRIBUTE_KEYS.containsValue(lower) ? lower : null;
  }
}
