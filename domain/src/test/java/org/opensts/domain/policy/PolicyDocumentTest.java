package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The service index must never hide a statement that could apply to an action. */
class PolicyDocumentTest {

  private static final Statement S3_GET = allow("s3:GetObject");
  private static final Statement ANY = allow("*");
  private static final Statement S3_SERVICE_WILDCARD = allow("s?:List*");
  private static final Statement IAM_UPPER = allow("IAM:CreateUser");
  private static final Statement NOT_S3 =
      new Statement(
          "",
          Effect.ALLOW,
          PrincipalClause.ABSENT,
          ActionClause.notAction(List.of("s3:*")),
          ResourceClause.resource(List.of("*")));
  private static final Statement S3_AND_STS = allow("s3:Get*", "sts:AssumeRole");

  private static final PolicyDocument DOCUMENT =
      new PolicyDocument(
          "2012-10-17",
          List.of(S3_GET, ANY, S3_SERVICE_WILDCARD, IAM_UPPER, NOT_S3, S3_AND_STS),
          "{}");

  static Stream<Arguments> services() {
    return Stream.of(
        Arguments.of("s3", List.of(S3_GET, ANY, S3_SERVICE_WILDCARD, NOT_S3, S3_AND_STS)),
        Arguments.of("iam", List.of(ANY, S3_SERVICE_WILDCARD, IAM_UPPER, NOT_S3)),
        Arguments.of("sts", List.of(ANY, S3_SERVICE_WILDCARD, NOT_S3, S3_AND_STS)),
        Arguments.of("ec2", List.of(ANY, S3_SERVICE_WILDCARD, NOT_S3)));
  }

  @ParameterizedTest(name = "actions of {0}")
  @MethodSource("services")
  void givenMixedStatements_statementsFor_keepsEveryCandidateInDocumentOrder(
      String service, List<Statement> expected) {
    assertEquals(expected, DOCUMENT.statementsFor(service));
  }

  private static Statement allow(String... actions) {
    return new Statement(
        "",
        Effect.ALLOW,
        PrincipalClause.ABSENT,
        ActionClause.action(List.of(actions)),
        ResourceClause.resource(List.of("*")));
  }
}
