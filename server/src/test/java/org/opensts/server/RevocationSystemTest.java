package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Revoking temporary credentials the ways AWS offers: GetSessionToken sessions end with the
 * long-term key they came from (deleted or made inactive), and role sessions issued before a time
 * are denied by an inline role policy on {@code aws:TokenIssueTime} ("revoke active sessions").
 */
class RevocationSystemTest extends SystemTest {

  private static final String ROLE_TRUSTING_ALPHA =
      """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
       "Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}
      """;

  private static final String GET_ITSELF =
      """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetRole",
       "Resource":"arn:aws:iam::111111111111:role/%s"}]}
      """;

  /** The policy the IAM console's "Revoke active sessions" puts on a role. */
  private static final String DENY_SESSIONS_ISSUED_BEFORE =
      """
      {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*",
       "Condition":{"DateLessThan":{"aws:TokenIssueTime":"%s"}}}]}
      """;

  private IamClient root;

  /**
   * The SDK signs with real time, and the server refuses signatures more than 15 minutes off its
   * clock: each test starts from real time and moves the clock only a few minutes.
   */
  @BeforeEach
  void resetClockAndRootClient() {
    server.clock.reset();
    root = IamClients.iam(server, TestAccounts.ALPHA_ROOT);
  }

  private AwsBasicCredentials userWithKey(String name) {
    root.createUser(r -> r.userName(name));
    AccessKey key = root.createAccessKey(r -> r.userName(name)).accessKey();
    return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
  }

  private static AwsSessionCredentials session(Credentials credentials) {
    return AwsSessionCredentials.create(
        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
  }

  private StsClient sessionOf(AwsBasicCredentials keys) {
    return server.sts(session(server.sts(keys).getSessionToken().credentials()));
  }

  private void setKeyStatus(String userName, AwsBasicCredentials keys, StatusType status) {
    root.updateAccessKey(r -> r.userName(userName).accessKeyId(keys.accessKeyId()).status(status));
  }

  @Test
  void givenSourceKeyDeleted_sessionCredentials_failWithInvalidClientTokenId() {
    AwsBasicCredentials keys = userWithKey("revoke-deleted");
    StsClient session = sessionOf(keys);
    session.getCallerIdentity();

    root.deleteAccessKey(r -> r.userName("revoke-deleted").accessKeyId(keys.accessKeyId()));

    assertStsError(403, "InvalidClientTokenId", session::getCallerIdentity);
  }

  @Test
  void givenSourceKeyInactive_sessionCredentials_failUntilTheKeyIsActiveAgain() {
    AwsBasicCredentials keys = userWithKey("revoke-inactive");
    StsClient session = sessionOf(keys);

    setKeyStatus("revoke-inactive", keys, StatusType.INACTIVE);
    assertStsError(403, "InvalidClientTokenId", session::getCallerIdentity);

    setKeyStatus("revoke-inactive", keys, StatusType.ACTIVE);
    assertTrue(
        session.getCallerIdentity().arn().endsWith(":user/revoke-inactive"),
        "the session works again");
  }

  @Test
  void givenRevokePolicyOnTokenIssueTime_roleSessions_areDeniedIfIssuedBeforeAndAllowedIfAfter() {
    String role = "revocable";
    root.createRole(r -> r.roleName(role).assumeRolePolicyDocument(ROLE_TRUSTING_ALPHA));
    root.putRolePolicy(
        r -> r.roleName(role).policyName("get-itself").policyDocument(GET_ITSELF.formatted(role)));
    IamClient before = roleSession(role, "before");

    server.clock.advance(Duration.ofSeconds(5));
    Instant revokedBefore = server.clock.instant().truncatedTo(ChronoUnit.SECONDS);
    root.putRolePolicy(
        r ->
            r.roleName(role)
                .policyName("AWSRevokeOlderSessions")
                .policyDocument(DENY_SESSIONS_ISSUED_BEFORE.formatted(revokedBefore)));
    server.clock.advance(Duration.ofSeconds(5));
    IamClient after = roleSession(role, "after");

    IamException denied =
        assertIamError(403, "AccessDenied", () -> before.getRole(r -> r.roleName(role)));
    assertTrue(
        denied
            .awsErrorDetails()
            .errorMessage()
            .endsWith("with an explicit deny in an identity-based policy"),
        denied.awsErrorDetails().errorMessage());
    assertEquals(role, after.getRole(r -> r.roleName(role)).role().roleName());
  }

  private IamClient roleSession(String role, String sessionName) {
    Credentials credentials =
        server
            .sts(TestAccounts.ALICE)
            .assumeRole(r -> r.roleArn(TestAccounts.role(role)).roleSessionName(sessionName))
            .credentials();
    return IamClients.iam(server, session(credentials));
  }
}
