package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.server.bootstrap.BootstrapException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetOpenIdConnectProviderResponse;
import software.amazon.awssdk.services.iam.model.MFADevice;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * The bootstrap file's managed policies, attachments, role settings, identity providers and MFA
 * devices: the complete example ({@code bootstrap-example.json}, the README's) seen through the IAM
 * and STS APIs, and a broken entry of each new section refused with the file, entry and problem.
 */
class BootstrapIamEntitiesSystemTest {

  private static final String ACCOUNT = "444455556666";
  private static final String SPARE_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @TempDir static Path exampleDir;
  @TempDir Path dir;

  private static TestServer server;
  private static IamClient root;

  @BeforeAll
  static void start() throws IOException {
    Path file = copy("bootstrap-example.json", exampleDir);
    copy("saml-idp-metadata.xml", exampleDir);
    server =
        TestServer.start(
            Map.of(
                "micronaut.server.port",
                -1,
                "micronaut.server.host",
                "127.0.0.1",
                "sts.bootstrap",
                file.toString()));
    root =
        IamClients.iam(
            server,
            AwsBasicCredentials.create(
                "AKIAEXAMPLEROOT00001", "example-root-secret-000000000000000000000"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Path copy(String resource, Path into) throws IOException {
    try (InputStream in =
        BootstrapIamEntitiesSystemTest.class.getResourceAsStream("/" + resource)) {
      return Files.write(into.resolve(resource), in.readAllBytes());
    }
  }

  private static String arn(String resource) {
    return "arn:aws:iam::" + ACCOUNT + ":" + resource;
  }

  @Test
  void givenExampleFile_getAndListPolicies_showTheDeclaredManagedPolicies() {
    Policy policy = root.getPolicy(r -> r.policyArn(arn("policy/assume-deployer"))).policy();
    List<String> names =
        root.listPolicies(r -> r.scope("Local")).policies().stream()
            .map(Policy::policyName)
            .toList();

    assertAll(
        () -> assertEquals("Lets its holders assume the deployer role", policy.description()),
        () -> assertTrue(policy.policyId().startsWith("ANPA"), policy.policyId()),
        () -> assertEquals(1, policy.attachmentCount()),
        () ->
            assertEquals(
                arn("policy/team/read-only-s3"),
                root.getPolicy(r -> r.policyArn(arn("policy/team/read-only-s3"))).policy().arn()),
        () ->
            assertTrue(
                names.containsAll(List.of("assume-deployer", "read-only-s3", "deployer-boundary")),
                names.toString()));
  }

  @Test
  void givenExampleFile_listAttachedPolicies_showAttachmentsByNameAndByArn() {
    List<String> alice =
        root.listAttachedUserPolicies(r -> r.userName("alice")).attachedPolicies().stream()
            .map(AttachedPolicy::policyArn)
            .toList();
    List<String> deployer =
        root.listAttachedRolePolicies(r -> r.roleName("deployer")).attachedPolicies().stream()
            .map(AttachedPolicy::policyArn)
            .toList();
    List<String> github =
        root.listAttachedRolePolicies(r -> r.roleName("github-actions")).attachedPolicies().stream()
            .map(AttachedPolicy::policyArn)
            .toList();

    assertAll(
        () -> assertEquals(List.of(arn("policy/assume-deployer")), alice),
        () -> assertEquals(List.of(arn("policy/team/read-only-s3")), deployer),
        () -> assertEquals(List.of(arn("policy/team/read-only-s3")), github));
  }

  @Test
  void givenExampleFile_getRole_showsDescriptionAndPermissionsBoundary() {
    Role role = root.getRole(r -> r.roleName("deployer")).role();

    assertAll(
        () -> assertEquals("Deploys the platform", role.description()),
        () -> assertEquals(7200, role.maxSessionDuration()),
        () ->
            assertEquals(
                arn("policy/deployer-boundary"),
                role.permissionsBoundary().permissionsBoundaryArn()));
  }

  @Test
  void givenAttachedManagedPolicy_user_assumesTheRole_andAUserWithoutItIsDenied() {
    var alice =
        server.sts(
            AwsBasicCredentials.create(
                "AKIAEXAMPLEALICE0001", "alice-secret-0000000000000000000000000000"));
    var bob =
        server.sts(
            AwsBasicCredentials.create(
                "AKIAEXAMPLEBOB000001", "bob-secret-000000000000000000000000000000"));

    assertEquals(
        "arn:aws:sts::" + ACCOUNT + ":assumed-role/deployer/alice-session",
        alice
            .assumeRole(r -> r.roleArn(arn("role/deployer")).roleSessionName("alice-session"))
            .assumedRoleUser()
            .arn());
    StsException denied =
        assertThrows(
            StsException.class,
            () ->
                bob.assumeRole(
                    r -> r.roleArn(arn("role/deployer")).roleSessionName("bob-session")));
    assertEquals("AccessDenied", denied.awsErrorDetails().errorCode());
  }

  @Test
  void givenExampleFile_getProviders_showTheDeclaredOidcAndSamlProviders() {
    GetOpenIdConnectProviderResponse oidc =
        root.getOpenIDConnectProvider(
            r ->
                r.openIDConnectProviderArn(
                    arn("oidc-provider/token.actions.githubusercontent.com")));
    String metadata =
        root.getSAMLProvider(r -> r.samlProviderArn(arn("saml-provider/corp-idp")))
            .samlMetadataDocument();

    assertAll(
        () -> assertEquals(List.of("sts.amazonaws.com"), oidc.clientIDList()),
        () ->
            assertEquals(
                List.of("6938fd4d98bab03faadb97b34396831e3780aea1"), oidc.thumbprintList()),
        () -> assertTrue(metadata.contains("https://idp.example.com/saml"), metadata),
        () -> assertEquals(1, root.listOpenIDConnectProviders().openIDConnectProviderList().size()),
        () -> assertEquals(1, root.listSAMLProviders().samlProviderList().size()));
  }

  @Test
  void givenDeviceWithUser_listMfaDevices_showsItEnabledForThatUser() {
    List<MFADevice> devices = root.listMFADevices(r -> r.userName("alice")).mfaDevices();

    assertEquals(
        List.of(arn("mfa/alice-phone")), devices.stream().map(MFADevice::serialNumber).toList());
    assertNotNull(devices.get(0).enableDate());
  }

  @Test
  void givenDeviceWithoutUser_enableMfaDevice_acceptsCodesComputedFromTheDeclaredSeed() {
    long step = server.clock.instant().getEpochSecond() / 30;

    root.enableMFADevice(
        r ->
            r.userName("bob")
                .serialNumber(arn("mfa/spare-token"))
                .authenticationCode1(IamMfaSystemTest.totp(SPARE_SEED, step))
                .authenticationCode2(IamMfaSystemTest.totp(SPARE_SEED, step + 1)));

    assertEquals(
        List.of(arn("mfa/spare-token")),
        root.listMFADevices(r -> r.userName("bob")).mfaDevices().stream()
            .map(MFADevice::serialNumber)
            .toList());
  }

  // A broken entry of each new section, refused at start-up.

  private static final String TRUST =
      "{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:AssumeRole\"}}";
  private static final String DOC =
      "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}";

  private static String account(String sections) {
    return "{\"accounts\": [{\"accountId\": \"111111111111\", " + sections + "}]}";
  }

  static Stream<Arguments> brokenEntries() {
    return Stream.of(
        Arguments.of(
            "a managed policy without a document",
            account("\"managedPolicies\": [{\"name\": \"p\"}]"),
            "$.accounts[0].managedPolicies[0].document: missing"),
        Arguments.of(
            "a misspelt managed policy field",
            account(
                "\"managedPolicies\": [{\"name\": \"p\", \"document\": " + DOC + ", \"tag\": []}]"),
            "$.accounts[0].managedPolicies[0].tag: unknown field"),
        Arguments.of(
            "a managed policy document that is a number",
            account("\"managedPolicies\": [{\"name\": \"p\", \"document\": 7}]"),
            "$.accounts[0].managedPolicies[0].document: a policy document is a JSON object"),
        Arguments.of(
            "a managed policy with a malformed document",
            account(
                "\"managedPolicies\": [{\"name\": \"p\", \"document\": {\"Statement\": {\"Effect\": \"Maybe\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}}]"),
            "$.accounts[0] (111111111111): managed policy 'p': "),
        Arguments.of(
            "a managed policy name with a space",
            account("\"managedPolicies\": [{\"name\": \"my policy\", \"document\": " + DOC + "}]"),
            "$.accounts[0] (111111111111): managed policy 'my policy': "),
        Arguments.of(
            "two managed policies of one name",
            account(
                "\"managedPolicies\": [{\"name\": \"p\", \"document\": "
                    + DOC
                    + "}, {\"name\": \"P\", \"document\": "
                    + DOC
                    + "}]"),
            "$.accounts[0] (111111111111): managed policy 'P': A policy called P already exists"),
        Arguments.of(
            "a user attached to an undeclared policy name",
            account("\"users\": [{\"name\": \"u\", \"attachedPolicies\": [\"nope\"]}]"),
            "$.accounts[0] (111111111111): user 'u': attached policy 'nope': no managed policy of"
                + " that name is declared"),
        Arguments.of(
            "a user attached to a policy ARN that does not exist",
            account(
                "\"users\": [{\"name\": \"u\", \"attachedPolicies\": [\"arn:aws:iam::111111111111:policy/ghost\"]}]"),
            "$.accounts[0] (111111111111): user 'u': attached policy"
                + " 'arn:aws:iam::111111111111:policy/ghost': "),
        Arguments.of(
            "attached policies that are not strings",
            account("\"users\": [{\"name\": \"u\", \"attachedPolicies\": [{}]}]"),
            "$.accounts[0].users[0].attachedPolicies[0]: must be a string"),
        Arguments.of(
            "a role attached to an undeclared policy name",
            account(
                "\"roles\": [{\"name\": \"r\", \"trustPolicy\": "
                    + TRUST
                    + ", \"attachedPolicies\": [\"nope\"]}]"),
            "$.accounts[0] (111111111111): role 'r': attached policy 'nope': no managed policy"),
        Arguments.of(
            "a role whose permissions boundary is not declared",
            account(
                "\"roles\": [{\"name\": \"r\", \"trustPolicy\": "
                    + TRUST
                    + ", \"permissionsBoundary\": \"nope\"}]"),
            "$.accounts[0] (111111111111): role 'r': permissions boundary 'nope': no managed policy"),
        Arguments.of(
            "a role description beyond 1000 characters",
            account(
                "\"roles\": [{\"name\": \"r\", \"trustPolicy\": "
                    + TRUST
                    + ", \"description\": \""
                    + "d".repeat(1001)
                    + "\"}]"),
            "$.accounts[0] (111111111111): role 'r': description: "),
        Arguments.of(
            "an OIDC provider without a URL",
            account("\"openIdConnectProviders\": [{\"clientIds\": [\"a\"]}]"),
            "$.accounts[0].openIdConnectProviders[0].url: missing"),
        Arguments.of(
            "an OIDC provider with a short thumbprint",
            account(
                "\"openIdConnectProviders\": [{\"url\": \"https://idp.example.com\", \"thumbprints\": [\"abc\"]}]"),
            "$.accounts[0] (111111111111): OIDC provider 'https://idp.example.com': "),
        Arguments.of(
            "an OIDC provider whose URL is not https",
            account(
                "\"openIdConnectProviders\": [{\"url\": \"http://idp.example.com\", \"thumbprints\": [\""
                    + "a".repeat(40)
                    + "\"]}]"),
            "$.accounts[0] (111111111111): OIDC provider 'http://idp.example.com': "),
        Arguments.of(
            "a SAML provider with both a document and a file",
            account(
                "\"samlProviders\": [{\"name\": \"s\", \"metadataDocument\": \"x\", \"metadataFile\": \"m.xml\"}]"),
            "$.accounts[0].samlProviders[0]: give either metadataDocument"),
        Arguments.of(
            "a SAML provider whose metadata file is missing",
            account("\"samlProviders\": [{\"name\": \"s\", \"metadataFile\": \"missing.xml\"}]"),
            "$.accounts[0].samlProviders[0].metadataFile: cannot read"),
        Arguments.of(
            "a SAML provider whose metadata is not SAML",
            account(
                "\"samlProviders\": [{\"name\": \"s\", \"metadataDocument\": \""
                    + "x".repeat(1200)
                    + "\"}]"),
            "$.accounts[0] (111111111111): SAML provider 's': "),
        Arguments.of(
            "an MFA device without a seed",
            account("\"mfaDevices\": [{\"name\": \"m\"}]"),
            "$.accounts[0].mfaDevices[0].seed: missing"),
        Arguments.of(
            "an MFA device whose seed is not Base32",
            account("\"mfaDevices\": [{\"name\": \"m\", \"seed\": \"not base32 at all 1!\"}]"),
            "$.accounts[0] (111111111111): MFA device 'm': seed: Not a base-32 character"),
        Arguments.of(
            "an MFA device with a seed of 80 bits",
            account("\"mfaDevices\": [{\"name\": \"m\", \"seed\": \"JBSWY3DPEHPK3PXP\"}]"),
            "$.accounts[0] (111111111111): MFA device 'm': seed: a seed holds at least 128 bits"),
        Arguments.of(
            "an MFA device name with a slash",
            account("\"mfaDevices\": [{\"name\": \"a/b\", \"seed\": \"" + SPARE_SEED + "\"}]"),
            "$.accounts[0] (111111111111): MFA device 'a/b': "),
        Arguments.of(
            "an MFA device for a user that does not exist",
            account(
                "\"mfaDevices\": [{\"name\": \"m\", \"seed\": \""
                    + SPARE_SEED
                    + "\", \"user\": \"ghost\"}]"),
            "$.accounts[0] (111111111111): MFA device 'm': user 'ghost': The user with name ghost"
                + " cannot be found."),
        Arguments.of(
            "two MFA devices for one user",
            account(
                "\"users\": [{\"name\": \"u\"}], \"mfaDevices\": [{\"name\": \"m\", \"seed\": \""
                    + SPARE_SEED
                    + "\", \"user\": \"u\"}, {\"name\": \"m\", \"seed\": \""
                    + SPARE_SEED
                    + "\"}]"),
            "$.accounts[0] (111111111111): MFA device 'm': MFADevice entity at the same path and"
                + " name already exists."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenEntries")
  void givenBrokenIamEntity_start_failsNamingFileEntryAndProblem(
      String why, String content, String expected) throws IOException {
    Path file = Files.writeString(dir.resolve("bootstrap.json"), content);

    RuntimeException failure =
        assertThrows(
            RuntimeException.class,
            () ->
                TestServer.start(
                        Map.of("micronaut.server.port", -1, "sts.bootstrap", file.toString()))
                    .close());

    BootstrapException bootstrap = BootstrapException.findIn(failure);
    assertNotNull(bootstrap, failure::toString);
    String message = bootstrap.getMessage();
    assertTrue(message.startsWith("Bootstrap file " + file + ": "), message);
    assertTrue(message.contains(expected), message);
  }
}
