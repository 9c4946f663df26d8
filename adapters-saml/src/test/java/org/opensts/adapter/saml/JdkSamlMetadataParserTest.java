package org.opensts.adapter.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.out.SamlMetadataParser.SamlMetadata;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;

class JdkSamlMetadataParserTest {

  private final JdkSamlMetadataParser parser = new JdkSamlMetadataParser();

  static String metadata() {
    try (InputStream in =
        JdkSamlMetadataParserTest.class.getResourceAsStream("/idp-metadata.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void givenIdpMetadata_parse_returnsEntityIdCertificateAndValidUntil() {
    SamlMetadata parsed = parser.parse(metadata());

    assertEquals("https://idp.example.com/saml", parsed.entityId());
    assertEquals(1, parsed.certificates().size());
    assertEquals(Instant.parse("2099-01-01T00:00:00Z"), parsed.validUntil().orElseThrow());
  }

  static Stream<Arguments> invalidDocuments() {
    String good = metadata();
    return Stream.of(
        Arguments.of("text that is not XML", "not well-formed", "no XML at all"),
        Arguments.of(
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + good.substring(good.indexOf("<md:")),
            "DOCTYPE",
            "an external entity (XXE)"),
        Arguments.of(
            good.replace("md:EntityDescriptor", "md:EntitiesDescriptor"),
            "root element",
            "another root element"),
        Arguments.of(
            good.replace("entityID=\"https://idp.example.com/saml\"", ""),
            "entityID",
            "no entityID"),
        Arguments.of(
            good.replace("IDPSSODescriptor", "SPSSODescriptor"),
            "IDPSSODescriptor",
            "no IdP descriptor"),
        Arguments.of(
            good.replace("use=\"signing\"", "use=\"encryption\""),
            "signing certificate",
            "only an encryption key"),
        Arguments.of(
            good.replaceFirst("<ds:X509Certificate>MII", "<ds:X509Certificate>AAA"),
            "not a valid X.509",
            "a certificate that does not decode"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("invalidDocuments")
  void givenInvalidMetadata_parse_failsWithInvalidInput(
      String document, String reason, String description) {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> parser.parse(document));

    assertEquals(ErrorCode.INVALID_INPUT, e.code());
    assertEquals(true, e.getMessage().contains(reason), e.getMessage());
  }
}
