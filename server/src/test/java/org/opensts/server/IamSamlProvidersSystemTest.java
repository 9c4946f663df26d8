package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetSamlProviderResponse;
import software.amazon.awssdk.services.iam.model.SAMLProviderListEntry;

/**
 * IAM's SAML providers as a user of the AWS SDK sees them: create from IdP metadata, get, list,
 * delete and their errors. The metadata ({@code saml-idp-metadata.xml}) carries a self-signed
 * certificate made once with keytool.
 */
class IamSamlProvidersSystemTest {

  private static TestServer server;
  private static IamClient root;
  private static String metadata;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(ProviderAccounts.BOOTSTRAP);
    root = IamClients.iam(server, ProviderAccounts.ROOT);
    try (InputStream in =
        IamSamlProvidersSystemTest.class.getResourceAsStream("/saml-idp-metadata.xml")) {
      metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String arn(String name) {
    return "arn:aws:iam::" + ProviderAccounts.ACCOUNT + ":saml-provider/" + name;
  }

  @Test
  void givenIdpMetadata_createSamlProvider_returnsTheArnAndGetReturnsTheDocument() {
    Instant before = Instant.now().minusSeconds(2);

    String providerArn =
        root.createSAMLProvider(r -> r.name("Corp-IdP_1.0").samlMetadataDocument(metadata))
            .samlProviderArn();
    GetSamlProviderResponse provider = root.getSAMLProvider(r -> r.samlProviderArn(providerArn));

    assertAll(
        () -> assertEquals(arn("Corp-IdP_1.0"), providerArn),
        // The SDK trims the element's text, so the document's final newline does not come back;
        // the CRs of the certificate's lines do, escaped.
        () -> assertEquals(metadata.strip(), provider.samlMetadataDocument().strip()),
        () -> assertFalse(provider.createDate().isBefore(before), "createDate"),
        () -> assertEquals(Instant.parse("2099-01-01T00:00:00Z"), provider.validUntil()));
  }

  @Test
  void givenSameNameTwice_createSamlProvider_failsWithEntityAlreadyExists() {
    root.createSAMLProvider(r -> r.name("twice").samlMetadataDocument(metadata));

    assertIamError(
        409,
        "EntityAlreadyExists",
        () -> root.createSAMLProvider(r -> r.name("twice").samlMetadataDocument(metadata)));
  }

  @Test
  void givenMetadataWithoutCertificate_createSamlProvider_failsWithInvalidInput() {
    String withoutKey =
        metadata.replaceAll("(?s)<md:KeyDescriptor.*</md:KeyDescriptor>", "")
            + "<!--"
            + "x".repeat(1000)
            + "-->";

    assertIamError(
        400,
        "InvalidInput",
        "Could not parse metadata: the IDPSSODescriptor has no X.509 signing certificate in a"
            + " KeyDescriptor.",
        () -> root.createSAMLProvider(r -> r.name("nokey").samlMetadataDocument(withoutKey)));
  }

  @Test
  void givenDoctypeWithExternalEntity_createSamlProvider_refusesItWithoutReadingTheEntity() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE md [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + metadata.substring(metadata.indexOf("<md:EntityDescriptor"));

    assertIamError(
        400,
        "InvalidInput",
        "Could not parse metadata: a DOCTYPE declaration is not allowed.",
        () -> root.createSAMLProvider(r -> r.name("xxe").samlMetadataDocument(xxe)));
  }

  @Test
  void givenShortDocumentOrBadName_createSamlProvider_failsWithValidationError() {
    assertIamError(
        400,
        "ValidationError",
        () -> root.createSAMLProvider(r -> r.name("short").samlMetadataDocument("<x/>")));
    assertIamError(
        400,
        "ValidationError",
        () -> root.createSAMLProvider(r -> r.name("bad name").samlMetadataDocument(metadata)));
  }

  @Test
  void givenProviders_listSamlProviders_returnsArnsAndDates() {
    root.createSAMLProvider(r -> r.name("list-a").samlMetadataDocument(metadata));

    List<SAMLProviderListEntry> providers = root.listSAMLProviders().samlProviderList();

    SAMLProviderListEntry entry =
        providers.stream().filter(p -> p.arn().equals(arn("list-a"))).findFirst().orElseThrow();
    assertEquals(Instant.parse("2099-01-01T00:00:00Z"), entry.validUntil());
    assertTrue(entry.createDate() != null);
  }

  @Test
  void givenDeletedProvider_getSamlProvider_failsWithNoSuchEntity() {
    String providerArn =
        root.createSAMLProvider(r -> r.name("gone").samlMetadataDocument(metadata))
            .samlProviderArn();

    root.deleteSAMLProvider(r -> r.samlProviderArn(providerArn));

    assertIamError(
        404,
        "NoSuchEntity",
        "Manifest not found for arn " + providerArn,
        () -> root.getSAMLProvider(r -> r.samlProviderArn(providerArn)));
    assertIamError(
        404, "NoSuchEntity", () -> root.deleteSAMLProvider(r -> r.samlProviderArn(providerArn)));
  }

  @Test
  void givenMalformedArn_getSamlProvider_failsWithInvalidInput() {
    assertIamError(
        400,
        "InvalidInput",
        () ->
            root.getSAMLProvider(
                r -> r.samlProviderArn("arn:aws:iam::777777777777:oidc-provider/x.io")));
  }

  @Test
  void givenUserWithoutPolicy_samlProviderActions_failWithAccessDenied() {
    IamClient nopriv = IamClients.iam(server, ProviderAccounts.NOPRIV);

    assertIamError(
        403,
        "AccessDenied",
        () -> nopriv.createSAMLProvider(r -> r.name("denied").samlMetadataDocument(metadata)));
    assertIamError(
        403, "AccessDenied", () -> nopriv.getSAMLProvider(r -> r.samlProviderArn(arn("nope"))));
    assertIamError(403, "AccessDenied", nopriv::listSAMLProviders);
  }
}
