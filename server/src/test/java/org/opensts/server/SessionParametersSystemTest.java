package org.opensts.server;

import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * System tests of AssumeRole's session parameters, against one server seeded from {@code
 * session-parameters-bootstrap.json}: account 333333333333, user carol (tag department=finance) who
 * may assume, tag and set source identities on every role, and roles whose trust policies test each
 * parameter. Role sessions may call iam:GetRole, iam:ListRoles and iam:GetUser, which the tests use
 * to observe what a session may do.
 */
abstract class SessionParametersSystemTest {

  static final String ACCOUNT = "333333333333";
  static final String CAROL_ARN = "arn:aws:iam::333333333333:user/carol";
  static final AwsBasicCredentials CAROL =
      AwsBasicCredentials.create(
          "AKIAGAMMACAROL000001", "carol-secret-0000000000000000000000000000");
  static final AwsBasicCredentials GAMMA_ROOT =
      AwsBasicCredentials.create(
          "AKIAGAMMAROOTKEY0001", "gamma-root-secret-00000000000000000000000");

  static TestServer server;

  @BeforeAll
  static void startServer() {
    server = TestServer.start("session-parameters-bootstrap.json");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  static String role(String name) {
    return "arn:aws:iam::" + ACCOUNT + ":role/" + name;
  }

  static String policy(String name) {
    return "arn:aws:iam::" + ACCOUNT + ":policy/" + name;
  }

  /** Carol assumes the role with the request's other parameters set by {@code request}. */
  static AssumeRoleResponse carolAssumes(
      String roleName, Consumer<AssumeRoleRequest.Builder> request) {
    return assume(server.sts(CAROL), roleName, request);
  }

  static AssumeRoleResponse assume(
      StsClient sts, String roleName, Consumer<AssumeRoleRequest.Builder> request) {
    return sts.assumeRole(
        r -> {
          r.roleArn(role(roleName)).roleSessionName("s1");
          request.accept(r);
        });
  }

  static StsClient sts(Credentials credentials) {
    return server.sts(session(credentials));
  }

  static IamClient iam(Credentials credentials) {
    return IamClients.iam(server, session(credentials));
  }

  private static AwsSessionCredentials session(Credentials credentials) {
    return AwsSessionCredentials.create(
        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
  }
}
