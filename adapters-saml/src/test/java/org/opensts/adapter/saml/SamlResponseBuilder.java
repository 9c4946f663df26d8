package org.opensts.adapter.saml;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Test-only: builds a SAML 2.0 response for AWS as an IdP would, valid by default, with a knob for
 * each thing the verifier checks, and signs the response, the assertion or both with the JDK's XML
 * Digital Signature.
 */
public final class SamlResponseBuilder {

  public static final String PROTOCOL_NS = "urn:oasis:names:tc:SAML:2.0:protocol";
  public static final String ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
  public static final String AWS = "https://signin.aws.amazon.com/saml";
  public static final String ATTRIBUTES = "https://aws.amazon.com/SAML/Attributes/";

  private final TestIdp idp;
  private TestIdp signer;
  private Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private String issuer;
  private String nameId = "alice@example.com";
  private String nameIdFormat = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
  private String recipient = AWS;
  private String destination = AWS;
  private String audience = AWS;
  private String status = "urn:oasis:names:tc:SAML:2.0:status:Success";
  private String subjectConfirmations;
  private Duration lifetime = Duration.ofMinutes(5);
  private Instant sessionNotOnOrAfter;
  private final Map<String, List<String>> attributes = new LinkedHashMap<>();
  private boolean signResponse = true;
  private boolean signAssertion;
  private String signatureMethod;
  private String digestMethod = DigestMethod.SHA256;

  private SamlResponseBuilder(TestIdp idp) {
    this.idp = idp;
    this.signer = idp;
    this.issuer = idp.entityId();
  }

  /** A response of {@code idp} for the role pair and session name, its response signed. */
  public static SamlResponseBuilder aResponse(TestIdp idp, String roleArn, String providerArn) {
    return new SamlResponseBuilder(idp)
        .attribute(ATTRIBUTES + "Role", roleArn + "," + providerArn)
        .attribute(ATTRIBUTES + "RoleSessionName", "alice");
  }

  public SamlResponseBuilder at(Instant instant) {
    this.now = instant;
    return this;
  }

  public SamlResponseBuilder issuer(String value) {
    this.issuer = value;
    return this;
  }

  public SamlResponseBuilder nameId(String value, String format) {
    this.nameId = value;
    this.nameIdFormat = format;
    return this;
  }

  public SamlResponseBuilder recipient(String value) {
    this.recipient = value;
    return this;
  }

  /** {@code null} leaves the Destination out. */
  public SamlResponseBuilder destination(String value) {
    this.destination = value;
    return this;
  }

  public SamlResponseBuilder audience(String value) {
    this.audience = value;
    return this;
  }

  public SamlResponseBuilder status(String value) {
    this.status = value;
    return this;
  }

  /** Replaces the subject's confirmations with this XML. */
  public SamlResponseBuilder subjectConfirmations(String xml) {
    this.subjectConfirmations = xml;
    return this;
  }

  /** How long after {@code at} the assertion stays valid (negative for an expired one). */
  public SamlResponseBuilder lifetime(Duration value) {
    this.lifetime = value;
    return this;
  }

  public SamlResponseBuilder sessionNotOnOrAfter(Instant value) {
    this.sessionNotOnOrAfter = value;
    return this;
  }

  /** Adds a value to an attribute; {@code attribute(name)} with no values removes it. */
  public SamlResponseBuilder attribute(String name, String... values) {
    if (values.length == 0) {
      attributes.remove(name);
    } else {
      attributes.computeIfAbsent(name, n -> new ArrayList<>()).addAll(List.of(values));
    }
    return this;
  }

  public SamlResponseBuilder signed(boolean response, boolean assertion) {
    this.signResponse = response;
    this.signAssertion = assertion;
    return this;
  }

  /** Signs with another IdP's key, its certificate in KeyInfo. */
  public SamlResponseBuilder signedBy(TestIdp other) {
    this.signer = other;
    return this;
  }

  public SamlResponseBuilder algorithms(String signature, String digest) {
    this.signatureMethod = signature;
    this.digestMethod = digest;
    return this;
  }

  /** The unsigned XML. */
  public String xml() {
    Instant expiry = now.plus(lifetime);
    StringBuilder xml = new StringBuilder();
    xml.append("<samlp:Response xmlns:samlp=\"" + PROTOCOL_NS + "\" xmlns:saml=\"" + ASSERTION_NS)
        .append("\" ID=\"_response1\" Version=\"2.0\" IssueInstant=\"" + now + "\"")
        .append(destination == null ? "" : " Destination=\"" + destination + "\"")
        .append("><saml:Issuer>" + issuer + "</saml:Issuer>")
        .append("<samlp:Status><samlp:StatusCode Value=\"" + status + "\"/></samlp:Status>")
        .append("<saml:Assertion ID=\"_assertion1\" Version=\"2.0\" IssueInstant=\"" + now + "\">")
        .append("<saml:Issuer>" + issuer + "</saml:Issuer>")
        .append("<saml:Subject><saml:NameID Format=\"" + nameIdFormat + "\">" + nameId)
        .append("</saml:NameID>");
    if (subjectConfirmations != null) {
      xml.append(subjectConfirmations);
    } else {
      xml.append("<saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">")
          .append("<saml:SubjectConfirmationData NotOnOrAfter=\"" + expiry)
          .append("\" Recipient=\"" + recipient + "\"/></saml:SubjectConfirmation>");
    }
    xml.append("</saml:Subject>")
        .append("<saml:Conditions NotBefore=\"" + now.minusSeconds(10))
        .append("\" NotOnOrAfter=\"" + expiry + "\"><saml:AudienceRestriction><saml:Audience>")
        .append(audience + "</saml:Audience></saml:AudienceRestriction></saml:Conditions>")
        .append("<saml:AuthnStatement AuthnInstant=\"" + now + "\"")
        .append(
            sessionNotOnOrAfter == null
                ? ""
                : " SessionNotOnOrAfter=\"" + sessionNotOnOrAfter + "\"")
        .append("><saml:AuthnContext><saml:AuthnContextClassRef>")
        .append("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport")
        .append("</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>")
        .append("<saml:AttributeStatement>");
    attributes.forEach(
        (name, values) -> {
          xml.append("<saml:Attribute Name=\"" + name + "\">");
          values.forEach(v -> xml.append("<saml:AttributeValue>" + v + "</saml:AttributeValue>"));
          xml.append("</saml:Attribute>");
        });
    return xml.append("</saml:AttributeStatement></saml:Assertion></samlp:Response>").toString();
  }

  /** The response as a DOM, signed as asked. */
  public Document document() {
    Document document = parse(xml());
    Element response = document.getDocumentElement();
    Element assertion =
        (Element) document.getElementsByTagNameNS(ASSERTION_NS, "Assertion").item(0);
    // The assertion first: the response's signature then covers the assertion's.
    if (signAssertion) {
      sign(assertion);
    }
    if (signResponse) {
      sign(response);
    }
    return document;
  }

  /** The base64 text AssumeRoleWithSAML receives. */
  public String base64() {
    return encode(document());
  }

  public static String encode(Document document) {
    return Base64.getEncoder().encodeToString(serialize(document).getBytes(StandardCharsets.UTF_8));
  }

  public static String serialize(Document document) {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An enveloped signature right after the element's Issuer, as SAML's schema places it. */
  private void sign(Element element) {
    try {
      XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
      String id = element.getAttribute("ID");
      Reference reference =
          factory.newReference(
              "#" + id,
              factory.newDigestMethod(digestMethod, null),
              List.of(
                  factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                  factory.newTransform(
                      CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
              null,
              null);
      String method =
          signatureMethod != null
              ? signatureMethod
              : signer.keys().getPublic().getAlgorithm().equals("RSA")
                  ? SignatureMethod.RSA_SHA256
                  : SignatureMethod.ECDSA_SHA256;
      SignedInfo signedInfo =
          factory.newSignedInfo(
              factory.newCanonicalizationMethod(
                  CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
              factory.newSignatureMethod(method, null),
              List.of(reference));
      KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
      KeyInfo keyInfo =
          keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(signer.certificate()))));
      Node issuerElement = element.getElementsByTagNameNS(ASSERTION_NS, "Issuer").item(0);
      DOMSignContext context =
          new DOMSignContext(signer.keys().getPrivate(), element, issuerElement.getNextSibling());
      context.setIdAttributeNS(element, null, "ID");
      context.setDefaultNamespacePrefix("ds");
      factory.newXMLSignature(signedInfo, keyInfo).sign(context);
    } catch (GeneralSecurityException
        | javax.xml.crypto.MarshalException
        | javax.xml.crypto.dsig.XMLSignatureException e) {
      throw new IllegalStateException(e);
    }
  }
}
