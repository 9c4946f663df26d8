package org.opensts.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code arn:partition:service:region:account:resource}, where the resource may hold colons. */
class ArnTest {

  static Stream<Arguments> validArns() {
    return Stream.of(
        arguments(
            "an IAM role with a path",
            "arn:aws:iam::111111111111:role/team/deployer",
            new Arn("aws", "iam", "", "111111111111", "role/team/deployer")),
        arguments(
            "an assumed-role session",
            "arn:aws:sts::111111111111:assumed-role/deployer/my-session",
            new Arn("aws", "sts", "", "111111111111", "assumed-role/deployer/my-session")),
        arguments(
            "a regional resource whose resource part holds colons",
            "arn:aws:logs:us-east-1:111111111111:log-group:my-group:*",
            new Arn("aws", "logs", "us-east-1", "111111111111", "log-group:my-group:*")),
        arguments(
            "an S3 object without region or account",
            "arn:aws:s3:::bucket/key",
            new Arn("aws", "s3", "", "", "bucket/key")),
        arguments(
            "another partition",
            "arn:aws-cn:iam::111111111111:root",
            new Arn("aws-cn", "iam", "", "111111111111", "root")),
        arguments(
            "a resource that is only a colon",
            "arn:aws:iam::1:::",
            new Arn("aws", "iam", "", "1", "::")),
        arguments(
            "a wildcard resource",
            "arn:aws:iam::*:role/*",
            new Arn("aws", "iam", "", "*", "role/*")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validArns")
  void givenValidArn_parse_readsEveryComponent(String description, String text, Arn expected) {
    assertEquals(Optional.of(expected), Arn.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validArns")
  void givenParsedArn_toString_writesTheSameText(String description, String text, Arn parsed) {
    assertEquals(text, parsed.toString());
  }

  static Stream<Arguments> invalidArns() {
    return Stream.of(
        arguments("no text", null),
        arguments("the empty string", ""),
        arguments("not an ARN at all (LocalStack's AWS recording)", "nothing-valid-in-here"),
        arguments("an upper-case prefix", "ARN:aws:iam::111111111111:role/deployer"),
        arguments(
            "an empty partition (LocalStack's AWS recording)", "arn::b:::something/test-role"),
        arguments("an empty service (LocalStack's AWS recording)", "arn:a::::something/test-role"),
        arguments(
            "only five components (LocalStack's AWS recording)", "arn:a:::something/test-role"),
        arguments("an empty resource (LocalStack's AWS recording)", "arn:a:a::aaaaaaaaaa:"),
        arguments("a missing resource", "arn:aws:iam::111111111111"),
        arguments("a missing account and resource", "arn:aws:iam:"),
        arguments("an empty partition and service", "arn:::::role/x"),
        arguments("only the prefix", "arn:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidArns")
  void givenInvalidArn_parse_isEmpty(String description, String text) {
    assertEquals(Optional.empty(), Arn.parse(text));
  }

  @Test
  void givenAccountAndResource_iam_makesAGlobalIamArn() {
    assertEquals(
        "arn:aws:iam::111111111111:user/alice", Arn.iam("111111111111", "user/alice").toString());
  }

  @Test
  void givenAccountAndResource_sts_makesAGlobalStsArn() {
    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/deployer/s",
        Arn.sts("111111111111", "assumed-role/deployer/s").toString());
  }
}
