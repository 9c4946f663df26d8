package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.opensts.server.CredentialAssertions.assertLasts;
import static org.opensts.server.StsErrors.assertStsError;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensts.adapter.saml.SamlResponseBuilder;
import org.opensts.adapter.saml.TestIdp;
import org.w3c.dom.Document;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithSamlResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * AssumeRoleWithSAML as a user of the AWS SDK sees it: a provider registered through IAM with the
 * metadata of an IdP the test plays (its key generated here), roles trusting it, and responses the
 * test signs, sent without credentials.
 */
class AssumeRoleWithSamlSystemTest {

  private static final TestIdp IDP = TestIdp.rsa("https://idp.example.com/saml");
  private static final String ACCOUNT = ProviderAccounts.ACCOUNT;
  private static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/SamlUsers";
  private static final String STRICT_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/SamlBobOnly";

  private static TestServer server;
  private static StsClient anonymous;
  private static String providerArn;

  @BeforeAll
  static void start() {
    server = TestServer.start(ProviderAccounts.BOOTSTRAP);
    anonymous = server.sts(AnonymousCredentialsProvider.create());
    IamClient root = IamClients.iam(server, ProviderAccounts.ROOT);
    providerArn =
        root.createSAMLProvider(r -> r.name("CorpIdP").samlMetadataDocument(IDP.metadata()))
            .samlProviderArn();
    root.createRole(r -> r.roleName("SamlUsers").assumeRolePolicyDocument(trust("")));
    root.createRole(
        r ->
            r.roleName("SamlBobOnly")
                .assumeRolePolicyDocument(trust(", \"saml:sub\": \"bob@example.com\"")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Trusts the provider for SAML sign-in at AWS, with more {@code StringEquals} conditions. */
  private static String trust(String moreConditions) {
    return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
        + " \"Principal\": {\"Federated\": \""
        + providerArn
        + "\"}, \"Action\": [\"sts:AssumeRoleWithSAML\", \"sts:SetSourceIdentity\"],"
        + " \"Condition\": {\"StringEquals\": {\"saml:aud\": \"https://signin.aws.amazon.com/saml\""
        + moreConditions
        + "}}}]}";
  }

  private static SamlResponseBuilder response(String roleArn) {
    return SamlResponseBuilder.aResponse(IDP, roleArn, providerArn);
  }

  private static AssumeRoleWithSamlResponse assume(String roleArn, String assertion) {
    return anonymous.assumeRoleWithSAML(
        r -> r.roleArn(roleArn).principalArn(providerArn).samlAssertion(assertion));
  }

  @Test
  void
      givenSignedAssertionForTrustingRole_assumeRoleWithSaml_returnsEveryFieldAndWorkingCredentials()
          throws Exception {
    Instant before = Instant.now();
    String assertion =
        response(ROLE)
            .attribute(SamlResponseBuilder.ATTRIBUTES + "SourceIdentity", "alice-src")
            .attribute(SamlResponseBuilder.ATTRIBUTES + "SessionDuration", "1800")
            .base64();

    AssumeRoleWithSamlResponse response = assume(ROLE, assertion);

    String nameQualifier =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-1")
                    .digest(
                        (IDP.entityId() + ACCOUNT + "/CorpIdP").getBytes(StandardCharsets.UTF_8)));
    String sessionArn = "arn:aws:sts::" + ACCOUNT + ":assumed-role/SamlUsers/alice";
    assertAll(
        () -> assertEquals(sessionArn, response.assumedRoleUser().arn()),
        () -> assertEquals("alice@example.com", response.subject()),
        () -> assertEquals("persistent", response.subjectType()),
        () -> assertEquals(IDP.entityId(), response.issuer()),
        () -> assertEquals("https://signin.aws.amazon.com/saml", response.audience()),
        () -> assertEquals(nameQualifier, response.nameQualifier()),
        () -> assertEquals("alice-src", response.sourceIdentity()),
        () -> assertNull(response.packedPolicySize()),
        () -> assertLasts(Duration.ofMinutes(30), before, response.credentials().expiration()),
        () ->
            assertEquals(sessionArn, sessionOf(response.credentials()).getCallerIdentity().arn()));
  }

  @Test
  void givenTrustPolicyConditionNotMet_assumeRoleWithSaml_failsWithAccessDenied() {
    assertStsError(
        403,
        "AccessDenied",
        "Not authorized to perform sts:AssumeRoleWithSAML",
        () -> assume(STRICT_ROLE, response(STRICT_ROLE).base64()));
  }

  @Test
  void givenRoleNotInTheRoleAttribute_assumeRoleWithSaml_failsWithAccessDenied() {
    assertStsError(
        403,
        "AccessDenied",
        "Not authorized to perform sts:AssumeRoleWithSAML",
        () -> assume(ROLE, response(STRICT_ROLE).base64()));
  }

  @Test
  void givenExpiredAssertion_assumeRoleWithSaml_failsWithExpiredToken() {
    String assertion = response(ROLE).at(Instant.now().minus(Duration.ofHours(1))).base64();

    assertStsError(400, "ExpiredTokenException", () -> assume(ROLE, assertion));
  }

  @Test
  void givenTamperedAssertion_assumeRoleWithSaml_failsWithResponseSignatureInvalid() {
    Document document = response(ROLE).document();
    document
        .getElementsByTagNameNS(SamlResponseBuilder.ASSERTION_NS, "NameID")
        .item(0)
        .setTextContent("admin@example.com");

    assertStsError(
        400,
        "InvalidIdentityToken",
        "Response signature invalid",
        () -> assume(ROLE, SamlResponseBuilder.encode(document)));
  }

  @Test
  void givenMalformedPrincipalArn_assumeRoleWithSaml_failsWithValidationError() {
    assertStsError(
        400,
        "ValidationError",
        "Request ARN is invalid",
        () ->
            anonymous.assumeRoleWithSAML(
                r ->
                    r.roleArn(ROLE)
                        .principalArn("not-an-arn-but-long-enough")
                        .samlAssertion(response(ROLE).base64())));
  }

  private static StsClient sessionOf(Credentials credentials) {
    return server.sts(
        AwsSessionCredentials.create(
            credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()));
  }
}
