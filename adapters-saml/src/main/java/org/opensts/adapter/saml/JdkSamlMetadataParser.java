package org.opensts.adapter.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.opensts.application.port.out.SamlMetadataParser;
import org.opensts.domain.error.InvalidRequestException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an IdP's {@code md:EntityDescriptor}: its {@code entityID}, {@code validUntil} and the
 * X.509 certificates of its {@code IDPSSODescriptor}'s signing key descriptors. The parser refuses
 * any DOCTYPE, so no entity (external or billion-laughs) is ever expanded.
 */
public final class JdkSamlMetadataParser implements SamlMetadataParser {

  static final String METADATA_NS = "urn:oasis:names:tc:SAML:2.0:metadata";
  static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

  private final DocumentBuilderFactory factory;

  public JdkSamlMetadataParser() {
    this.factory = secureFactory();
  }

  @Override
  public SamlMetadata parse(String text) {
    Element root = read(text).getDocumentElement();
    if (!METADATA_NS.equals(root.getNamespaceURI())
        || !"EntityDescriptor".equals(root.getLocalName())) {
      throw invalid("the root element must be md:EntityDescriptor");
    }
    String entityId = root.getAttribute("entityID").strip();
    if (entityId.isEmpty()) {
      throw invalid("the EntityDescriptor has no entityID");
    }
    List<Element> idps = children(root, METADATA_NS, "IDPSSODescriptor");
    if (idps.isEmpty()) {
      throw invalid("the EntityDescriptor has no IDPSSODescriptor");
    }
    List<String> certificates = new ArrayList<>();
    for (Element idp : idps) {
      for (Element key : children(idp, METADATA_NS, "KeyDescriptor")) {
        String use = key.getAttribute("use");
        if (!use.isEmpty() && !use.equals("signing")) {
          continue;
        }
        for (Element keyInfo : children(key, DSIG_NS, "KeyInfo")) {
          for (Element data : children(keyInfo, DSIG_NS, "X509Data")) {
            for (Element certificate : children(data, DSIG_NS, "X509Certificate")) {
              certificates.add(checkedCertificate(certificate.getTextContent()));
            }
          }
        }
      }
    }
    if (certificates.isEmpty()) {
      throw invalid("the IDPSSODescriptor has no X.509 signing certificate in a KeyDescriptor");
    }
    return new SamlMetadata(entityId, certificates, validUntil(root));
  }

  private Document read(String text) {
    try {
      DocumentBuilder builder = factory.newDocumentBuilder();
      // Silence the default handler's printing to stderr; errors still throw.
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(new InputSource(new StringReader(text)));
    } catch (SAXException e) {
      if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
        throw invalid("a DOCTYPE declaration is not allowed");
      }
      throw invalid("the document is not well-formed XML");
    } catch (IOException | ParserConfigurationException e) {
      throw invalid("the document is not well-formed XML");
    }
  }

  private static String checkedCertificate(String text) {
    String base64 = text.replaceAll("\\s", "");
    try {
      CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
      return base64;
    } catch (IllegalArgumentException | CertificateException e) {
      throw invalid("an X509Certificate of a KeyDescriptor is not a valid X.509 certificate");
    }
  }

  private static Optional<Instant> validUntil(Element root) {
    String value = root.getAttribute("validUntil").strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      throw invalid("validUntil is not an xs:dateTime with a time zone");
    }
  }

  private static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && namespace.equals(element.getNamespaceURI())
          && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static InvalidRequestException invalid(String reason) {
    return InvalidRequestException.invalidInput("Could not parse metadata: " + reason + ".");
  }

  /** The OWASP XXE settings for DOM parsing with the JDK; the assertion verifier's too. */
  static DocumentBuilderFactory secureFactory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser lacks a required security feature", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }
}
