package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.fixture.TestConditions;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;

/**
 * A statement applies when its action, resource and principal match and all its conditions hold:
 * "If your policy has multiple condition operators or multiple keys attached to a single condition
 * operator, the conditions are evaluated using a logical AND" ("Creating a condition with multiple
 * keys or values").
 */
class StatementTest {

  /** AWS's example block: two keys under StringEqualsIgnoreCase, one under StringEquals. */
  private static final Statement AWS_EXAMPLE =
      TestPolicies.allowWhen(
          "sts:AssumeRole",
          "*",
          TestConditions.condition(
              "StringEqualsIgnoreCase", "aws:PrincipalTag/department", "finance", "hr", "legal"),
          TestConditions.condition(
              "StringEqualsIgnoreCase", "aws:PrincipalTag/role", "audit", "security"),
          TestConditions.condition("StringEquals", "aws:PrincipalAccount", "123456789012"));

  static Stream<Arguments> requests() {
    return Stream.of(
        arguments("every key has a listed value", "HR", "Audit", "123456789012", true),
        arguments("the department is not listed", "sales", "audit", "123456789012", false),
        arguments("the role is not listed", "legal", "developer", "123456789012", false),
        arguments("another account", "finance", "security", "210987654321", false),
        arguments("the role tag is missing", "finance", null, "123456789012", false));
  }

  @ParameterizedTest(name = "{0} -> {4}")
  @MethodSource("requests")
  void givenSeveralKeysAndOperators_appliesTo_needsThemAll(
      String description, String department, String role, String account, boolean applies) {
    ConditionKeys keys =
        ConditionKeys.builder()
            .put("aws:PrincipalTag/department", department)
            .putIfPresent("aws:PrincipalTag/role", role)
            .put("aws:PrincipalAccount", account)
            .build();
    RequestContext request =
        new RequestContext(TestPrincipals.alice(), "sts:AssumeRole", "arn:x", keys);

    assertEquals(
        applies ? PrincipalMatch.DIRECT : PrincipalMatch.NONE, AWS_EXAMPLE.appliesTo(request));
  }
}
