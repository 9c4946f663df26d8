package org.opensts.adapter.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.Key;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.opensts.application.port.out.SamlAssertionVerifier;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.iam.SamlProvider;
import org.opensts.domain.identity.Tag;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Verifies an AssumeRoleWithSAML response with the JDK alone: a hardened DOM parser (no DOCTYPE, so
 * no entity of any kind) and the JDK's XML Digital Signature with secure validation. Only the
 * provider's metadata certificates verify; the signed element must be the response or its single
 * assertion, referenced by the ID of that very element and unique in the document, which defeats
 * signature wrapping.
 */
public final class JdkSamlAssertionVerifier implements SamlAssertionVerifier {

  /** AWS's quota on the base64 text, which also bounds the decoded XML to 75,000 bytes. */
  static final int MAX_BASE64_LENGTH = 100_000;

  static final String PROTOCOL_NS = "urn:oasis:names:tc:SAML:2.0:protocol";
  static final String ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
  static final String DSIG_NS = XMLSignature.XMLNS;
  static final String AWS_ATTRIBUTES = "https://aws.amazon.com/SAML/Attributes/";
  static final String ROLE = AWS_ATTRIBUTES + "Role";
  static final String ROLE_SESSION_NAME = AWS_ATTRIBUTES + "RoleSessionName";
  static final String SESSION_DURATION = AWS_ATTRIBUTES + "SessionDuration";
  static final String SOURCE_IDENTITY = AWS_ATTRIBUTES + "SourceIdentity";
  static final String PRINCIPAL_TAG = AWS_ATTRIBUTES + "PrincipalTag:";
  static final String TRANSITIVE_TAG_KEYS = AWS_ATTRIBUTES + "TransitiveTagKeys";

  private static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
  private static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
  private static final String NAME_ID_FORMAT = "urn:oasis:names:tc:SAML:2.0:nameid-format:";
  private static final String UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
  private static final Duration SKEW = Duration.ofMinutes(5);
  private static final Pattern WHITESPACE = Pattern.compile("\\s");

  /** AWS's sign-in endpoints, global and regional, that a response may be addressed to. */
  private static final Pattern AWS_RECIPIENT =
      Pattern.compile(
          "https://([a-z]{2}(-gov)?-[a-z]+-\\d\\.)?signin\\.aws\\.amazon\\.com/(static/)?saml");

  private static final Set<String> AWS_AUDIENCES =
      Set.of("https://signin.aws.amazon.com/saml", "urn:amazon:webservices");

  private static final Set<String> SIGNATURE_METHODS =
      Set.of(
          SignatureMethod.RSA_SHA256,
          SignatureMethod.RSA_SHA384,
          SignatureMethod.RSA_SHA512,
          SignatureMethod.ECDSA_SHA256,
          SignatureMethod.ECDSA_SHA384,
          SignatureMethod.ECDSA_SHA512);

  private static final Set<String> DIGEST_METHODS =
      Set.of(DigestMethod.SHA256, DigestMethod.SHA384, DigestMethod.SHA512);

  private static final String SIGNATURE_INVALID = "Response signature invalid";

  private final DocumentBuilderFactory factory = JdkSamlMetadataParser.secureFactory();
  private final XMLSignatureFactory signatures = XMLSignatureFactory.getInstance("DOM");
  private final Set<String> ownEndpoints;

  /** Accepts responses addressed to AWS's sign-in endpoints only. */
  public JdkSamlAssertionVerifier() {
    this(Set.of());
  }

  /**
   * @param ownEndpoints this server's own SAML endpoint URLs, accepted as Recipient, Destination
   *     and Audience besides AWS's
   */
  public JdkSamlAssertionVerifier(Set<String> ownEndpoints) {
    this.ownEndpoints = Set.copyOf(ownEndpoints);
  }

  @Override
  public VerifiedSamlAssertion verify(String samlResponse, SamlProvider provider, Instant now) {
    Element response = parse(samlResponse).getDocumentElement();
    if (!is(response, PROTOCOL_NS, "Response")) {
      throw invalid("The SAML assertion is not a samlp:Response.");
    }
    Element assertion = singleAssertion(response);
    checkIssuer(response, assertion, provider);
    verifySignatures(response, assertion, certificates(provider));
    checkStatus(response);
    String destination = response.getAttribute("Destination");
    if (!destination.isEmpty() && !isAwsEndpoint(destination)) {
      throw invalid("The SAML response's Destination is not this endpoint: " + destination);
    }
    Element subject = onlyChild(assertion, ASSERTION_NS, "Subject");
    Element nameId = onlyChild(subject, ASSERTION_NS, "NameID");
    String recipient = checkSubjectConfirmation(subject, now);
    checkConditions(onlyChild(assertion, ASSERTION_NS, "Conditions"), now);
    Map<String, List<String>> attributes = attributes(assertion);
    return new VerifiedSamlAssertion(
        provider.entityId(),
        text(nameId),
        subjectType(nameId.getAttribute("Format")),
        recipient,
        attributes.getOrDefault(ROLE, List.of()),
        single(attributes, ROLE_SESSION_NAME),
        sessionDuration(single(attributes, SESSION_DURATION)),
        sessionNotOnOrAfter(assertion),
        principalTags(attributes),
        attributes.getOrDefault(TRANSITIVE_TAG_KEYS, List.of()),
        single(attributes, SOURCE_IDENTITY),
        attributes);
  }

  // --- Parsing -------------------------------------------------------------------------------

  private Document parse(String samlResponse) {
    if (samlResponse.length() > MAX_BASE64_LENGTH) {
      throw invalid("The SAML assertion is longer than " + MAX_BASE64_LENGTH + " characters.");
    }
    byte[] xml;
    try {
      xml = Base64.getDecoder().decode(WHITESPACE.matcher(samlResponse).replaceAll(""));
    } catch (IllegalArgumentException e) {
      throw invalid("The SAML assertion is not valid base64.");
    }
    try {
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      // DOCTYPE declarations (and so every entity) are refused by the parser itself.
      throw invalid("The SAML assertion is not well-formed XML without a DOCTYPE.");
    }
  }

  /** Exactly one assertion in the whole document, directly in the response. */
  private static Element singleAssertion(Element response) {
    NodeList all = response.getOwnerDocument().getElementsByTagNameNS(ASSERTION_NS, "Assertion");
    NodeList encrypted =
        response.getOwnerDocument().getElementsByTagNameNS(ASSERTION_NS, "EncryptedAssertion");
    if (all.getLength() != 1 || encrypted.getLength() != 0) {
      throw invalid("The SAML response must contain exactly one unencrypted Assertion.");
    }
    Element assertion = (Element) all.item(0);
    if (assertion.getParentNode() != response) {
      throw invalid("The SAML Assertion must be a child of the Response.");
    }
    return assertion;
  }

  private static void checkIssuer(Element response, Element assertion, SamlProvider provider) {
    String issuer = text(onlyChild(assertion, ASSERTION_NS, "Issuer"));
    List<Element> responseIssuer = children(response, ASSERTION_NS, "Issuer");
    boolean responseIssuerMatches =
        responseIssuer.stream().allMatch(e -> text(e).equals(provider.entityId()));
    if (!issuer.equals(provider.entityId()) || !responseIssuerMatches) {
      throw invalid("Issuer not present in specified provider");
    }
  }

  // --- Signature -----------------------------------------------------------------------------

  /**
   * The response, the assertion, or both may be signed, and every signature present must verify; a
   * signature anywhere else, or none at all, is refused.
   */
  private void verifySignatures(
      Element response, Element assertion, List<X509Certificate> certificates) {
    checkUniqueIds(response.getOwnerDocument());
    List<Element> responseSignatures = children(response, DSIG_NS, "Signature");
    List<Element> assertionSignatures = children(assertion, DSIG_NS, "Signature");
    int all = response.getOwnerDocument().getElementsByTagNameNS(DSIG_NS, "Signature").getLength();
    if (responseSignatures.size() > 1
        || assertionSignatures.size() > 1
        || all != responseSignatures.size() + assertionSignatures.size()
        || all == 0) {
      throw invalid(SIGNATURE_INVALID);
    }
    for (Element signature : responseSignatures) {
      verify(signature, response, certificates);
    }
    for (Element signature : assertionSignatures) {
      verify(signature, assertion, certificates);
    }
  }

  /** Signature wrapping relies on two elements answering one ID: none may. */
  private static void checkUniqueIds(Document document) {
    Set<String> seen = new HashSet<>();
    NodeList elements = document.getElementsByTagName("*");
    for (int i = 0; i < elements.getLength(); i++) {
      NamedNodeMap attributes = elements.item(i).getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        Attr attribute = (Attr) attributes.item(j);
        String name =
            attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if (name.equalsIgnoreCase("id") && !seen.add(attribute.getValue())) {
          throw invalid(SIGNATURE_INVALID);
        }
      }
    }
  }

  /** Verifies {@code signature}, which must sign exactly its parent {@code signed}. */
  private void verify(Element signature, Element signed, List<X509Certificate> certificates) {
    String id = signed.getAttribute("ID");
    if (id.isEmpty()) {
      throw invalid(SIGNATURE_INVALID);
    }
    for (X509Certificate certificate : certificates) {
      if (validates(signature, signed, id, certificate.getPublicKey())) {
        return;
      }
    }
    throw invalid(SIGNATURE_INVALID);
  }

  private boolean validates(Element signature, Element signed, String id, PublicKey key) {
    DOMValidateContext context = new DOMValidateContext(new FixedKeySelector(key), signature);
    context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
    // Only the signed element answers its ID: the reference cannot resolve to anything else.
    context.setIdAttributeNS(signed, null, "ID");
    try {
      XMLSignature xmlSignature = signatures.unmarshalXMLSignature(context);
      checkAlgorithms(xmlSignature.getSignedInfo(), id);
      return xmlSignature.validate(context);
    } catch (MarshalException | XMLSignatureException | RuntimeException e) {
      return false;
    }
  }

  /**
   * One reference to the signed element, enveloped-signature and exclusive canonicalization only,
   * SHA-2 digests, RSA or ECDSA with SHA-2: SHA-1 and everything else are refused.
   */
  private static void checkAlgorithms(SignedInfo signedInfo, String id) {
    boolean allowed =
        CanonicalizationMethod.EXCLUSIVE.equals(
                signedInfo.getCanonicalizationMethod().getAlgorithm())
            && SIGNATURE_METHODS.contains(signedInfo.getSignatureMethod().getAlgorithm())
            && signedInfo.getReferences().size() == 1;
    if (allowed) {
      Reference reference = (Reference) signedInfo.getReferences().get(0);
      allowed =
          ("#" + id).equals(reference.getURI())
              && DIGEST_METHODS.contains(reference.getDigestMethod().getAlgorithm())
              && allowedTransforms(reference.getTransforms());
    }
    if (!allowed) {
      throw invalid(SIGNATURE_INVALID);
    }
  }

  private static boolean allowedTransforms(List<?> transforms) {
    if (transforms.isEmpty()
        || transforms.size() > 2
        || !Transform.ENVELOPED.equals(((Transform) transforms.get(0)).getAlgorithm())) {
      return false;
    }
    return transforms.size() == 1
        || CanonicalizationMethod.EXCLUSIVE.equals(((Transform) transforms.get(1)).getAlgorithm());
  }

  private static List<X509Certificate> certificates(SamlProvider provider) {
    List<X509Certificate> certificates = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (String base64 : provider.certificates()) {
        certificates.add(
            (X509Certificate)
                factory.generateCertificate(
                    new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64))));
      }
    } catch (CertificateException | IllegalArgumentException e) {
      throw invalid(SIGNATURE_INVALID);
    }
    return certificates;
  }

  /** Always the one metadata key being tried, whatever KeyInfo the message carries. */
  private static final class FixedKeySelector extends javax.xml.crypto.KeySelector {

    private final PublicKey key;

    FixedKeySelector(PublicKey key) {
      this.key = key;
    }

    @Override
    public javax.xml.crypto.KeySelectorResult select(
        javax.xml.crypto.dsig.keyinfo.KeyInfo keyInfo,
        Purpose purpose,
        javax.xml.crypto.AlgorithmMethod method,
        javax.xml.crypto.XMLCryptoContext context) {
      return () -> (Key) key;
    }
  }

  // --- Content checks ------------------------------------------------------------------------

  private static void checkStatus(Element response) {
    Element status = onlyChild(response, PROTOCOL_NS, "Status");
    Element code = onlyChild(status, PROTOCOL_NS, "StatusCode");
    if (!SUCCESS.equals(code.getAttribute("Value"))) {
      throw invalid("The SAML response's status is not Success.");
    }
  }

  /** Exactly one bearer confirmation, for AWS, not yet expired; returns its Recipient. */
  private String checkSubjectConfirmation(Element subject, Instant now) {
    List<Element> confirmations = children(subject, ASSERTION_NS, "SubjectConfirmation");
    if (confirmations.size() != 1 || !BEARER.equals(confirmations.get(0).getAttribute("Method"))) {
      throw invalid("The SAML Subject must have exactly one bearer SubjectConfirmation.");
    }
    Element data = onlyChild(confirmations.get(0), ASSERTION_NS, "SubjectConfirmationData");
    String recipient = data.getAttribute("Recipient");
    Instant notOnOrAfter = instant(data, "NotOnOrAfter");
    if (recipient.isEmpty() || notOnOrAfter == null) {
      throw invalid("The SubjectConfirmationData must have a Recipient and a NotOnOrAfter.");
    }
    if (!isAwsEndpoint(recipient)) {
      throw invalid("The SubjectConfirmationData's Recipient is not this endpoint: " + recipient);
    }
    checkTimes(instant(data, "NotBefore"), notOnOrAfter, now);
    return recipient;
  }

  private void checkConditions(Element conditions, Instant now) {
    checkTimes(instant(conditions, "NotBefore"), instant(conditions, "NotOnOrAfter"), now);
    List<Element> restrictions = children(conditions, ASSERTION_NS, "AudienceRestriction");
    if (restrictions.isEmpty()) {
      throw invalid("The SAML assertion's Conditions have no AudienceRestriction.");
    }
    for (Element restriction : restrictions) {
      boolean ours =
          children(restriction, ASSERTION_NS, "Audience").stream()
              .map(JdkSamlAssertionVerifier::text)
              .anyMatch(
                  audience -> AWS_AUDIENCES.contains(audience) || ownEndpoints.contains(audience));
      if (!ours) {
        throw invalid(
            "The SAML assertion's Audience is not AWS's: https://signin.aws.amazon.com/saml.");
      }
    }
  }

  private static void checkTimes(Instant notBefore, Instant notOnOrAfter, Instant now) {
    if (notBefore != null && now.plus(SKEW).isBefore(notBefore)) {
      throw invalid("The SAML assertion is not yet valid: NotBefore is " + notBefore + ".");
    }
    if (notOnOrAfter != null && !now.minus(SKEW).isBefore(notOnOrAfter)) {
      throw IdentityProviderException.expired(
          "Token expired: current date/time "
              + now.getEpochSecond()
              + " must be before the expiration date/time "
              + notOnOrAfter.getEpochSecond());
    }
  }

  private boolean isAwsEndpoint(String url) {
    return AWS_RECIPIENT.matcher(url).matches() || ownEndpoints.contains(url);
  }

  // --- Attributes ----------------------------------------------------------------------------

  private static Map<String, List<String>> attributes(Element assertion) {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    for (Element statement : children(assertion, ASSERTION_NS, "AttributeStatement")) {
      for (Element attribute : children(statement, ASSERTION_NS, "Attribute")) {
        List<String> values =
            attributes.computeIfAbsent(attribute.getAttribute("Name"), name -> new ArrayList<>());
        for (Element value : children(attribute, ASSERTION_NS, "AttributeValue")) {
          values.add(text(value).strip());
        }
      }
    }
    attributes.replaceAll((name, values) -> List.copyOf(values));
    return attributes;
  }

  private static String single(Map<String, List<String>> attributes, String name) {
    List<String> values = attributes.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw invalid("The SAML attribute " + name + " must have one value.");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  private static Integer sessionDuration(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw invalid("The SAML attribute " + SESSION_DURATION + " is not a number of seconds.");
    }
  }

  private static List<Tag> principalTags(Map<String, List<String>> attributes) {
    List<Tag> tags = new ArrayList<>();
    attributes.forEach(
        (name, values) -> {
          if (name.startsWith(PRINCIPAL_TAG)) {
            String key = name.substring(PRINCIPAL_TAG.length());
            if (values.size() != 1) {
              throw invalid("The SAML attribute " + name + " must have one value.");
            }
            tags.add(new Tag(key, values.get(0)));
          }
        });
    return tags;
  }

  /** The earliest SessionNotOnOrAfter of the assertion's authentication statements. */
  private static Instant sessionNotOnOrAfter(Element assertion) {
    Instant earliest = null;
    for (Element statement : children(assertion, ASSERTION_NS, "AuthnStatement")) {
      Instant end = instant(statement, "SessionNotOnOrAfter");
      if (end != null && (earliest == null || end.isBefore(earliest))) {
        earliest = end;
      }
    }
    return earliest;
  }

  private static String subjectType(String format) {
    if (format.isEmpty()) {
      return UNSPECIFIED;
    }
    if (format.equals(NAME_ID_FORMAT + "persistent")
        || format.equals(NAME_ID_FORMAT + "transient")) {
      return format.substring(NAME_ID_FORMAT.length());
    }
    return format;
  }

  // --- DOM helpers ---------------------------------------------------------------------------

  /**
   * The element's text, every text node joined: a comment cannot cut it short (so {@code
   * user@example.com<!---->.evil.com} reads whole), and markup inside is refused.
   */
  static String text(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      switch (node.getNodeType()) {
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(node.getNodeValue());
        case Node.COMMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE -> {
          // Not part of the value; canonicalization leaves comments out of the digest too.
        }
        default -> throw invalid("The SAML element " + element.getLocalName() + " holds markup.");
      }
    }
    return text.toString();
  }

  private static Instant instant(Element element, String attribute) {
    String value = element.getAttribute(attribute);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid("The SAML attribute " + attribute + " is not an xs:dateTime in UTC.");
    }
  }

  private static boolean is(Element element, String namespace, String localName) {
    return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
  }

  private static Element onlyChild(Element parent, String namespace, String localName) {
    List<Element> found = children(parent, namespace, localName);
    if (found.size() != 1) {
      throw invalid(
          "The SAML element "
              + parent.getLocalName()
              + " must have exactly one "
              + localName
              + ".");
    }
    return found.get(0);
  }

  private static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && is(element, namespace, localName)) {
        found.add(element);
      }
    }
    return found;
  }

  private static IdentityProviderException invalid(String message) {
    return IdentityProviderException.invalidIdentityToken(message);
  }
}
