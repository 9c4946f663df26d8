package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.CredentialAssertions.assertLasts;
import static org.opensts.server.StsErrors.assertStsError;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.GetFederationTokenResponse;
import software.amazon.awssdk.services.sts.model.PolicyDescriptorType;
import software.amazon.awssdk.services.sts.model.StsException;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * GetFederationToken as a user of the AWS SDK sees it: the federated user's identity, AWS's limits
 * on its members, who may call it, and that its session dies with the caller's key. Users allowed
 * to federate are created through IAM by the account root, each test using its own.
 */
class GetFederationTokenSystemTest extends SystemTest {

  private static final String FEDERATE_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
          + "[\"sts:GetFederationToken\",\"sts:TagSession\"],\"Resource\":\"*\"}]}";
  private static final String SESSION_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
          + "\"s3:GetObject\",\"Resource\":\"*\"}]}";

  private static IamClient root;
  private static AwsBasicCredentials federator;

  @BeforeAll
  static void createFederator() {
    root = IamClients.iam(server, TestAccounts.ALPHA_ROOT);
    federator = userAllowedToFederate("gft-federator");
  }

  // --- What comes back -------------------------------------------------------------------------

  @Test
  void givenUserAllowedToFederate_getFederationToken_returnsTheFederatedUser() {
    Instant before = Instant.now();

    GetFederationTokenResponse response =
        server.sts(federator).getFederationToken(r -> r.name("Jean"));

    assertAll(
        () ->
            assertEquals(
                "arn:aws:sts::111111111111:federated-user/Jean", response.federatedUser().arn()),
        () -> assertEquals("111111111111:Jean", response.federatedUser().federatedUserId()),
        () -> assertEquals(0, response.packedPolicySize()),
        () ->
            assertTrue(
                response.credentials().accessKeyId().matches("ASIA[A-Z2-7]{16}"),
                response.credentials().accessKeyId()),
        () -> assertLasts(Duration.ofHours(12), before, response.credentials().expiration()));
  }

  @Test
  void givenSessionPolicy_getFederationToken_reportsAPackedPolicySizeAboveZero() {
    GetFederationTokenResponse response =
        server.sts(federator).getFederationToken(r -> r.name("Jean").policy(SESSION_POLICY));

    assertTrue(response.packedPolicySize() > 0, "PackedPolicySize " + response.packedPolicySize());
  }

  @Test
  void givenFederatedCredentials_getCallerIdentity_namesTheFederatedUser() {
    Credentials credentials =
        server.sts(federator).getFederationToken(r -> r.name("Jean")).credentials();

    GetCallerIdentityResponse identity = server.sts(session(credentials)).getCallerIdentity();

    assertAll(
        () -> assertEquals("arn:aws:sts::111111111111:federated-user/Jean", identity.arn()),
        () -> assertEquals("111111111111:Jean", identity.userId()),
        () -> assertEquals("111111111111", identity.account()));
  }

  @ParameterizedTest(name = "{0} asks for {1}s and gets {2}s")
  @CsvSource({
    "user at the minimum, user, 900, 900",
    "user at the maximum, user, 129600, 129600",
    "root within an hour, root, 1800, 1800",
    "root beyond an hour is capped silently, root, 7200, 3600"
  })
  void givenDuration_getFederationToken_honoursAwsLimits(
      String description, String who, int requested, int granted) {
    Instant before = Instant.now();
    AwsBasicCredentials keys = who.equals("root") ? TestAccounts.ALPHA_ROOT : federator;

    Credentials credentials =
        server
            .sts(keys)
            .getFederationToken(r -> r.name("Jean").durationSeconds(requested))
            .credentials();

    assertLasts(Duration.ofSeconds(granted), before, credentials.expiration());
  }

  // --- AWS's limits on the members -------------------------------------------------------------

  @ParameterizedTest(name = "DurationSeconds={0}")
  @CsvSource({
    "899, 'Value ''899'' at ''durationSeconds'' failed to satisfy constraint: Member must have value greater than or equal to 900'",
    "129601, 'Value ''129601'' at ''durationSeconds'' failed to satisfy constraint: Member must have value less than or equal to 129600'"
  })
  void givenDurationOutOfRange_getFederationToken_failsWithValidationError(
      int seconds, String violation) {
    assertStsError(
        400,
        "ValidationError",
        "1 validation error detected: " + violation,
        () ->
            server.sts(federator).getFederationToken(r -> r.name("Jean").durationSeconds(seconds)));
  }

  @ParameterizedTest(name = "Name={0}")
  @CsvSource({
    "J, 'Value ''J'' at ''name'' failed to satisfy constraint: Member must have length greater than or equal to 2'",
    "abcdefghijabcdefghijabcdefghijabc, 'Value ''abcdefghijabcdefghijabcdefghijabc'' at ''name'' failed to satisfy constraint: Member must have length less than or equal to 32'",
    "Je:an, 'Value ''Je:an'' at ''name'' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*'"
  })
  void givenNameOutsideTheModel_getFederationToken_failsWithValidationError(
      String name, String violation) {
    assertStsError(
        400,
        "ValidationError",
        "1 validation error detected: " + violation,
        () -> server.sts(federator).getFederationToken(r -> r.name(name)));
  }

  @Test
  void givenTwoCharacterAndThirtyTwoCharacterNames_getFederationToken_acceptsBoth() {
    StsClient sts = server.sts(federator);

    assertEquals(
        "111111111111:Jo",
        sts.getFederationToken(r -> r.name("Jo")).federatedUser().federatedUserId());
    assertEquals(
        "111111111111:" + "n".repeat(32),
        sts.getFederationToken(r -> r.name("n".repeat(32))).federatedUser().federatedUserId());
  }

  @Test
  void givenPolicyOf2049Characters_getFederationToken_failsWithValidationError() {
    String policy = "p".repeat(2049);

    assertStsError(
        400,
        "ValidationError",
        "1 validation error detected: Value '"
            + policy
            + "' at 'policy' failed to satisfy constraint: Member must have length less than or"
            + " equal to 2048",
        () -> server.sts(federator).getFederationToken(r -> r.name("Jean").policy(policy)));
  }

  @Test
  void givenMalformedPolicy_getFederationToken_failsWithMalformedPolicyDocument() {
    assertStsError(
        400,
        "MalformedPolicyDocument",
        () ->
            server.sts(federator).getFederationToken(r -> r.name("Jean").policy("{\"Version\":")));
  }

  @Test
  void givenElevenPolicyArns_getFederationToken_failsWithValidationError() {
    List<PolicyDescriptorType> arns = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      String arn = "arn:aws:iam::111111111111:policy/p" + i;
      arns.add(PolicyDescriptorType.builder().arn(arn).build());
    }

    assertSingleViolation(
        assertStsError(
            400,
            "ValidationError",
            () -> server.sts(federator).getFederationToken(r -> r.name("Jean").policyArns(arns))),
        "at 'policyArns' failed to satisfy constraint: Member must have length less than or equal"
            + " to 10");
  }

  @Test
  void givenUnknownPolicyArn_getFederationToken_failsWithInvalidParameterValue() {
    String arn = "arn:aws:iam::111111111111:policy/gft-missing";

    assertStsError(
        400,
        "InvalidParameterValue",
        "Policy " + arn + " does not exist or is not attachable.",
        () ->
            server
                .sts(federator)
                .getFederationToken(r -> r.name("Jean").policyArns(p -> p.arn(arn))));
  }

  @Test
  void givenFiftyOneTags_getFederationToken_failsWithValidationError() {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      tags.add(Tag.builder().key("key" + i).value("v").build());
    }

    assertSingleViolation(
        assertStsError(
            400,
            "ValidationError",
            () -> server.sts(federator).getFederationToken(r -> r.name("Jean").tags(tags))),
        "at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50");
  }

  @Test
  void givenTagKeysDifferingOnlyByCase_getFederationToken_failsWithInvalidParameterValue() {
    assertStsError(
        400,
        "InvalidParameterValue",
        "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
        () ->
            server
                .sts(federator)
                .getFederationToken(
                    r ->
                        r.name("Jean")
                            .tags(
                                Tag.builder().key("Project").value("a").build(),
                                Tag.builder().key("project").value("b").build())));
  }

  @Test
  void givenTagsAndTagSessionPermission_getFederationToken_reportsTheirPackedSize() {
    GetFederationTokenResponse response =
        server
            .sts(federator)
            .getFederationToken(
                r -> r.name("Jean").tags(Tag.builder().key("project").value("blue").build()));

    assertTrue(response.packedPolicySize() > 0, "PackedPolicySize " + response.packedPolicySize());
  }

  // --- Who may call it -------------------------------------------------------------------------

  @Test
  void givenSessionCredentials_getFederationToken_failsWithAccessDenied() {
    Credentials credentials = server.sts(federator).getSessionToken().credentials();

    assertStsError(
        403,
        "AccessDenied",
        "Cannot call GetFederationToken with session credentials",
        () -> server.sts(session(credentials)).getFederationToken(r -> r.name("Jean")));
  }

  @Test
  void givenUserWithoutPermission_getFederationToken_failsWithAccessDenied() {
    assertStsError(
        403,
        "AccessDenied",
        "User: arn:aws:iam::111111111111:user/engineering/bob is not authorized to perform:"
            + " sts:GetFederationToken on resource:"
            + " arn:aws:sts::111111111111:federated-user/Jean because no identity-based policy"
            + " allows the sts:GetFederationToken action",
        () -> server.sts(TestAccounts.BOB).getFederationToken(r -> r.name("Jean")));
  }

  @Test
  void givenTagsWithoutTagSessionPermission_getFederationToken_failsWithAccessDenied() {
    AwsBasicCredentials onlyFederate =
        userWithPolicy(
            "gft-no-tags",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                + "\"sts:GetFederationToken\",\"Resource\":\"*\"}]}");

    assertStsError(
        403,
        "AccessDenied",
        "User: arn:aws:iam::111111111111:user/gft-no-tags is not authorized to perform:"
            + " sts:TagSession on resource: arn:aws:sts::111111111111:federated-user/Jean"
            + " because no identity-based policy allows the sts:TagSession action",
        () ->
            server
                .sts(onlyFederate)
                .getFederationToken(
                    r -> r.name("Jean").tags(Tag.builder().key("project").value("x").build())));
  }

  @Test
  void givenParentKeyDeactivated_federatedCredentials_failWithInvalidClientTokenId() {
    AwsBasicCredentials parent = userAllowedToFederate("gft-revoked");
    Credentials credentials =
        server.sts(parent).getFederationToken(r -> r.name("Jean")).credentials();
    StsClient federated = server.sts(session(credentials));
    federated.getCallerIdentity();

    root.updateAccessKey(
        r ->
            r.userName("gft-revoked")
                .accessKeyId(parent.accessKeyId())
                .status(StatusType.INACTIVE));

    assertStsError(403, "InvalidClientTokenId", federated::getCallerIdentity);
  }

  /** A list's violation quotes the list as the server prints it; only the constraint matters. */
  private static void assertSingleViolation(StsException error, String constraint) {
    String message = error.awsErrorDetails().errorMessage();
    assertTrue(message.startsWith("1 validation error detected: Value '"), message);
    assertTrue(message.endsWith(constraint), message);
  }

  private static AwsBasicCredentials userAllowedToFederate(String userName) {
    return userWithPolicy(userName, FEDERATE_POLICY);
  }

  private static AwsBasicCredentials userWithPolicy(String userName, String policy) {
    root.createUser(r -> r.userName(userName));
    root.putUserPolicy(r -> r.userName(userName).policyName("federate").policyDocument(policy));
    AccessKey key = root.createAccessKey(r -> r.userName(userName)).accessKey();
    return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
  }

  private static AwsSessionCredentials session(Credentials credentials) {
    return AwsSessionCredentials.create(
        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
  }
}
