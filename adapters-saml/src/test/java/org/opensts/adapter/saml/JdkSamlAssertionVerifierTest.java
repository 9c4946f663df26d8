package org.opensts.adapter.saml;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opensts.adapter.saml.SamlResponseBuilder.ASSERTION_NS;
import static org.opensts.adapter.saml.SamlResponseBuilder.ATTRIBUTES;
import static org.opensts.adapter.saml.SamlResponseBuilder.PROTOCOL_NS;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.out.SamlAssertionVerifier.VerifiedSamlAssertion;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.iam.SamlProvider;
import org.opensts.domain.identity.Tag;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Text;

class JdkSamlAssertionVerifierTest {

  private static final String ENTITY_ID = "https://idp.example.com/metadata";
  private static final String ROLE = "arn:aws:iam::123456789012:role/SamlRole";
  private static final String PROVIDER = "arn:aws:iam::123456789012:saml-provider/Corp";
  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  private static final TestIdp RSA_IDP = TestIdp.rsa(ENTITY_ID);
  private static final TestIdp EC_IDP = TestIdp.ec(ENTITY_ID);
  private static final TestIdp ATTACKER = TestIdp.rsa(ENTITY_ID);
  private static final String SIGNATURE_INVALID = "Response signature invalid";

  private final JdkSamlAssertionVerifier verifier = new JdkSamlAssertionVerifier();

  private static SamlResponseBuilder response(TestIdp idp) {
    return SamlResponseBuilder.aResponse(idp, ROLE, PROVIDER).at(NOW);
  }

  private static SamlProvider provider(TestIdp idp) {
    return idp.provider("123456789012", "Corp");
  }

  private VerifiedSamlAssertion verify(String base64) {
    return verifier.verify(base64, provider(RSA_IDP), NOW);
  }

  private void assertInvalid(String message, String base64) {
    IdentityProviderException error =
        assertThrows(IdentityProviderException.class, () -> verify(base64));
    assertAll(
        () -> assertEquals(ErrorCode.INVALID_IDENTITY_TOKEN, error.code()),
        () -> assertEquals(message, error.getMessage()));
  }

  @Test
  void givenResponseSignedWithRsa_verify_returnsWhatTheAssertionSays() {
    String base64 =
        response(RSA_IDP)
            .attribute(ATTRIBUTES + "SessionDuration", "1800")
            .attribute(ATTRIBUTES + "SourceIdentity", "alice-src")
            .attribute(ATTRIBUTES + "PrincipalTag:Department", "Engineering")
            .attribute(ATTRIBUTES + "TransitiveTagKeys", "Department")
            .attribute("urn:oid:0.9.2342.19200300.100.1.3", "alice@example.com")
            .sessionNotOnOrAfter(NOW.plusSeconds(7200))
            .base64();

    VerifiedSamlAssertion assertion = verify(base64);

    assertAll(
        () -> assertEquals(ENTITY_ID, assertion.issuer()),
        () -> assertEquals("alice@example.com", assertion.subject()),
        () -> assertEquals("persistent", assertion.subjectType()),
        () -> assertEquals("https://signin.aws.amazon.com/saml", assertion.recipient()),
        () -> assertEquals(List.of(ROLE + "," + PROVIDER), assertion.roles()),
        () -> assertEquals("alice", assertion.roleSessionName()),
        () -> assertEquals(1800, assertion.sessionDuration()),
        () -> assertEquals(NOW.plusSeconds(7200), assertion.sessionNotOnOrAfter()),
        () ->
            assertEquals(List.of(new Tag("Department", "Engineering")), assertion.principalTags()),
        () -> assertEquals(List.of("Department"), assertion.transitiveTagKeys()),
        () -> assertEquals("alice-src", assertion.sourceIdentity()),
        () ->
            assertEquals(
                List.of("alice@example.com"),
                assertion.attributes().get("urn:oid:0.9.2342.19200300.100.1.3")));
  }

  @Test
  void givenAssertionSignedWithEc_verify_returnsTheAssertion() {
    String base64 = response(EC_IDP).signed(false, true).base64();

    VerifiedSamlAssertion assertion = verifier.verify(base64, provider(EC_IDP), NOW);

    assertEquals("alice@example.com", assertion.subject());
  }

  @Test
  void givenResponseAndAssertionSigned_verify_returnsTheAssertion() {
    String base64 =
        response(RSA_IDP)
            .signed(true, true)
            .algorithms(SignatureMethod.RSA_SHA512, DigestMethod.SHA512)
            .base64();

    assertEquals("alice", verify(base64).roleSessionName());
  }

  @Test
  void givenRegionalRecipientAndTransientSubject_verify_reportsThem() {
    String recipient = "https://eu-west-1.signin.aws.amazon.com/saml";
    String base64 =
        response(RSA_IDP)
            .recipient(recipient)
            .destination(null)
            .nameId("_a1b2c3", "urn:oasis:names:tc:SAML:2.0:nameid-format:transient")
            .base64();

    VerifiedSamlAssertion assertion = verify(base64);

    assertAll(
        () -> assertEquals(recipient, assertion.recipient()),
        () -> assertEquals("transient", assertion.subjectType()));
  }

  @Test
  void givenNoSignature_verify_failsWithResponseSignatureInvalid() {
    assertInvalid(SIGNATURE_INVALID, response(RSA_IDP).signed(false, false).base64());
  }

  @Test
  void givenSubjectChangedAfterSigning_verify_failsWithResponseSignatureInvalid() {
    Document document = response(RSA_IDP).document();
    document.getElementsByTagNameNS(ASSERTION_NS, "NameID").item(0).setTextContent("admin");

    assertInvalid(SIGNATURE_INVALID, SamlResponseBuilder.encode(document));
  }

  @Test
  void givenKeyInfoWithAnotherKey_verify_failsWithResponseSignatureInvalid() {
    // Signed by a key the metadata does not list, though its certificate travels in KeyInfo.
    assertInvalid(SIGNATURE_INVALID, response(RSA_IDP).signedBy(ATTACKER).base64());
  }

  @Test
  void givenSha1Signature_verify_failsWithResponseSignatureInvalid() {
    String base64 =
        response(RSA_IDP)
            .algorithms("http://www.w3.org/2000/09/xmldsig#rsa-sha1", DigestMethod.SHA1)
            .base64();

    assertInvalid(SIGNATURE_INVALID, base64);
  }

  @Test
  void givenSha256SignatureOverSha1Digest_verify_failsWithResponseSignatureInvalid() {
    assertInvalid(
        SIGNATURE_INVALID,
        response(RSA_IDP).algorithms(SignatureMethod.RSA_SHA256, DigestMethod.SHA1).base64());
  }

  @Test
  void givenOtherIssuer_verify_failsWithIssuerNotPresent() {
    assertInvalid(
        "Issuer not present in specified provider",
        response(RSA_IDP).issuer("https://other.example.com").base64());
  }

  @Test
  void givenCommentInsideNameId_verify_readsTheWholeSubject() {
    Document document = response(RSA_IDP).nameId("user@example.com.evil.com", "x").document();
    Text text =
        (Text) document.getElementsByTagNameNS(ASSERTION_NS, "NameID").item(0).getFirstChild();
    Text tail = text.splitText("user@example.com".length());
    tail.getParentNode().insertBefore(document.createComment(""), tail);

    // Comments are outside the signature, so it still verifies; the subject must not be cut short.
    VerifiedSamlAssertion assertion = verify(SamlResponseBuilder.encode(document));

    assertEquals("user@example.com.evil.com", assertion.subject());
  }

  // --- Signature wrapping ---------------------------------------------------------------------

  private static Element assertionOf(Document document) {
    return (Element) document.getElementsByTagNameNS(ASSERTION_NS, "Assertion").item(0);
  }

  private static Element evilCopyOf(Element signed) {
    Element evil = (Element) signed.cloneNode(true);
    evil.setAttribute("ID", "_evil");
    Element nameId = (Element) evil.getElementsByTagNameNS(ASSERTION_NS, "NameID").item(0);
    nameId.setTextContent("admin@example.com");
    return evil;
  }

  @Test
  void givenUnsignedAssertionBeforeTheSignedOne_verify_failsWithResponseSignatureInvalid() {
    Document document = response(RSA_IDP).signed(false, true).document();
    Element signed = assertionOf(document);
    signed.getParentNode().insertBefore(evilCopyOf(signed), signed);

    assertInvalid(
        "The SAML response must contain exactly one unencrypted Assertion.",
        SamlResponseBuilder.encode(document));
  }

  @Test
  void givenUnsignedAssertionAfterTheSignedOne_verify_fails() {
    Document document = response(RSA_IDP).signed(false, true).document();
    Element signed = assertionOf(document);
    signed.getParentNode().appendChild(evilCopyOf(signed));

    assertThrows(
        IdentityProviderException.class, () -> verify(SamlResponseBuilder.encode(document)));
  }

  @Test
  void givenSignedAssertionMovedIntoExtensionsAndEvilInItsPlace_verify_fails() {
    Document document = response(RSA_IDP).signed(false, true).document();
    Element response = document.getDocumentElement();
    Element signed = assertionOf(document);
    Element evil = evilCopyOf(signed);
    evil.setAttribute("ID", signed.getAttribute("ID"));
    Element extensions = document.createElementNS(PROTOCOL_NS, "samlp:Extensions");
    response.replaceChild(evil, signed);
    extensions.appendChild(signed);
    response.insertBefore(extensions, response.getFirstChild().getNextSibling());

    assertThrows(
        IdentityProviderException.class, () -> verify(SamlResponseBuilder.encode(document)));
  }

  @Test
  void givenSignedResponseWrappedInAnEvilOne_verify_failsWithResponseSignatureInvalid() {
    // The genuine, signed response moves into the signature's ds:Object; an evil one with the
    // same ID takes the top, its assertion rewritten.
    Document document = response(RSA_IDP).signed(true, false).document();
    Element genuine = document.getDocumentElement();
    Element evil = (Element) genuine.cloneNode(true);
    Element evilSignature =
        (Element)
            evil.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature").item(0);
    Element object = document.createElementNS("http://www.w3.org/2000/09/xmldsig#", "ds:Object");
    evilSignature.appendChild(object);
    document.replaceChild(evil, genuine);
    object.appendChild(genuine);
    evil.getElementsByTagNameNS(ASSERTION_NS, "NameID").item(0).setTextContent("admin");

    assertThrows(
        IdentityProviderException.class, () -> verify(SamlResponseBuilder.encode(document)));
  }

  @Test
  void givenDuplicateIdElsewhere_verify_failsWithResponseSignatureInvalid() {
    Document document = response(RSA_IDP).signed(false, true).document();
    Element extensions = document.createElementNS(PROTOCOL_NS, "samlp:Extensions");
    extensions.setAttribute("ID", assertionOf(document).getAttribute("ID"));
    Element response = document.getDocumentElement();
    response.insertBefore(extensions, response.getFirstChild().getNextSibling());

    assertInvalid(SIGNATURE_INVALID, SamlResponseBuilder.encode(document));
  }

  // --- Each check of the content --------------------------------------------------------------

  static Stream<Arguments> invalidResponses() {
    String bearer = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
    String confirmation =
        "<saml:SubjectConfirmation Method=\""
            + bearer
            + "\"><saml:SubjectConfirmationData"
            + " NotOnOrAfter=\"2025-06-01T12:05:00Z\" Recipient=\"https://signin.aws.amazon.com/saml\"/>"
            + "</saml:SubjectConfirmation>";
    return Stream.of(
        Arguments.of(
            "a recipient other than AWS",
            (UnaryOperator<SamlResponseBuilder>) b -> b.recipient("https://evil.example.com/saml"),
            "The SubjectConfirmationData's Recipient is not this endpoint:"
                + " https://evil.example.com/saml"),
        Arguments.of(
            "a destination other than AWS",
            (UnaryOperator<SamlResponseBuilder>) b -> b.destination("https://evil.example.com/acs"),
            "The SAML response's Destination is not this endpoint: https://evil.example.com/acs"),
        Arguments.of(
            "an audience other than AWS",
            (UnaryOperator<SamlResponseBuilder>) b -> b.audience("https://app.example.com"),
            "The SAML assertion's Audience is not AWS's: https://signin.aws.amazon.com/saml."),
        Arguments.of(
            "a status other than Success",
            (UnaryOperator<SamlResponseBuilder>)
                b -> b.status("urn:oasis:names:tc:SAML:2.0:status:Requester"),
            "The SAML response's status is not Success."),
        Arguments.of(
            "two subject confirmations",
            (UnaryOperator<SamlResponseBuilder>)
                b -> b.subjectConfirmations(confirmation + confirmation),
            "The SAML Subject must have exactly one bearer SubjectConfirmation."),
        Arguments.of(
            "a holder-of-key confirmation",
            (UnaryOperator<SamlResponseBuilder>)
                b ->
                    b.subjectConfirmations(
                        confirmation.replace(
                            bearer, "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key")),
            "The SAML Subject must have exactly one bearer SubjectConfirmation."),
        Arguments.of(
            "a confirmation without Recipient",
            (UnaryOperator<SamlResponseBuilder>)
                b ->
                    b.subjectConfirmations(
                        confirmation.replace(
                            " Recipient=\"https://signin.aws.amazon.com/saml\"", "")),
            "The SubjectConfirmationData must have a Recipient and a NotOnOrAfter."),
        Arguments.of(
            "a confirmation without NotOnOrAfter",
            (UnaryOperator<SamlResponseBuilder>)
                b ->
                    b.subjectConfirmations(
                        confirmation.replace(" NotOnOrAfter=\"2025-06-01T12:05:00Z\"", "")),
            "The SubjectConfirmationData must have a Recipient and a NotOnOrAfter."),
        Arguments.of(
            "an assertion not valid before ten minutes from now",
            (UnaryOperator<SamlResponseBuilder>) b -> b.at(NOW.plus(Duration.ofMinutes(10))),
            "The SAML assertion is not yet valid: NotBefore is 2025-06-01T12:09:50Z."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidResponses")
  void givenInvalidResponse_verify_failsWithInvalidIdentityToken(
      String description, UnaryOperator<SamlResponseBuilder> change, String message) {
    assertInvalid(message, change.apply(response(RSA_IDP)).base64());
  }

  @Test
  void givenExpiredAssertion_verify_failsWithExpiredToken() {
    String base64 = response(RSA_IDP).at(NOW.minus(Duration.ofMinutes(20))).base64();

    IdentityProviderException error =
        assertThrows(IdentityProviderException.class, () -> verify(base64));

    assertAll(
        () -> assertEquals(ErrorCode.EXPIRED_IDENTITY_TOKEN, error.code()),
        () ->
            assertEquals(
                "Token expired: current date/time 1748779200 must be before the expiration"
                    + " date/time 1748778300",
                error.getMessage()));
  }

  @Test
  void givenAssertionExpiredWithinTheSkew_verify_accepts() {
    String base64 = response(RSA_IDP).at(NOW.minus(Duration.ofMinutes(7))).base64();

    assertEquals("alice@example.com", verify(base64).subject());
  }

  // --- Hostile XML ---------------------------------------------------------------------------

  static Stream<Arguments> hostileDocuments() {
    return Stream.of(
        Arguments.of(
            "a DOCTYPE",
            "<!DOCTYPE samlp:Response><samlp:Response xmlns:samlp=\"" + PROTOCOL_NS + "\"/>"),
        Arguments.of(
            "an external entity",
            "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<samlp:Response xmlns:samlp=\""
                + PROTOCOL_NS
                + "\">&xxe;</samlp:Response>"),
        Arguments.of(
            "billion laughs",
            "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                + "<samlp:Response xmlns:samlp=\""
                + PROTOCOL_NS
                + "\">&d;</samlp:Response>"),
        Arguments.of("not XML", "this is not XML"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileDocuments")
  void givenHostileDocument_verify_failsWithoutReadingIt(String description, String xml) {
    assertInvalid(
        "The SAML assertion is not well-formed XML without a DOCTYPE.",
        Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void givenTextLongerThanAwsQuota_verify_failsBeforeDecoding() {
    assertInvalid("The SAML assertion is longer than 100000 characters.", "A".repeat(100_001));
  }

  @Test
  void givenTextNotBase64_verify_failsWithInvalidIdentityToken() {
    assertInvalid("The SAML assertion is not valid base64.", "not*base64");
  }
}
