package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.fixture.TestConditions;

/**
 * What a condition makes of the request's keys around the operator's comparison: a missing or empty
 * key, {@code IfExists}, {@code Null}, the set qualifiers {@code ForAllValues:} and {@code
 * ForAnyValue:}, several values (OR, NOR for negated operators) and case-insensitive key names —
 * with the examples of "Condition operators", "Creating a condition with multiple keys or values"
 * and "Multivalued context key examples".
 */
class ConditionTest {

  /** The request does not carry the key. */
  private static final List<String> ABSENT = null;

  /** The request carries the key with no values, which AWS treats like an absent key. */
  private static final List<String> EMPTY = List.of();

  static Stream<Arguments> missingKeys() {
    return Stream.of(
        arguments("StringEquals, key absent", "StringEquals", List.of("a"), ABSENT, false),
        arguments("StringNotEquals, key absent", "StringNotEquals", List.of("a"), ABSENT, true),
        arguments("StringLike, key absent", "StringLike", List.of("*"), ABSENT, false),
        arguments("StringNotLike, key absent", "StringNotLike", List.of("a*"), ABSENT, true),
        arguments(
            "StringNotEqualsIgnoreCase, key absent",
            "StringNotEqualsIgnoreCase",
            List.of("a"),
            ABSENT,
            true),
        arguments("NumericEquals, key absent", "NumericEquals", List.of("1"), ABSENT, false),
        arguments("NumericNotEquals, key absent", "NumericNotEquals", List.of("1"), ABSENT, true),
        arguments(
            "DateGreaterThan, key absent (aws:TokenIssueTime with long-term keys)",
            "DateGreaterThan",
            List.of("2020-01-01T00:00:01Z"),
            ABSENT,
            false),
        arguments(
            "DateNotEquals, key absent", "DateNotEquals", List.of("2020-01-01"), ABSENT, true),
        arguments("Bool, key absent", "Bool", List.of("false"), ABSENT, false),
        arguments("BinaryEquals, key absent", "BinaryEquals", List.of("AAAA"), ABSENT, false),
        arguments("IpAddress, key absent", "IpAddress", List.of("0.0.0.0/0"), ABSENT, false),
        arguments("NotIpAddress, key absent", "NotIpAddress", List.of("10.0.0.0/8"), ABSENT, true),
        arguments("ArnLike, key absent", "ArnLike", List.of("arn:*:*:*:*:*"), ABSENT, false),
        arguments("ArnNotLike, key absent", "ArnNotLike", List.of("arn:*:*:*:*:*"), ABSENT, true),
        arguments("StringEquals, key empty", "StringEquals", List.of("a"), EMPTY, false),
        arguments("StringNotEquals, key empty", "StringNotEquals", List.of("a"), EMPTY, true),
        arguments(
            "StringEqualsIfExists, key absent", "StringEqualsIfExists", List.of("a"), ABSENT, true),
        arguments(
            "AWS's ec2:InstanceType example, StringLikeIfExists, key absent",
            "StringLikeIfExists",
            List.of("t1.*", "t2.*", "m3.*"),
            ABSENT,
            true),
        arguments(
            "StringLikeIfExists, key present and matching",
            "StringLikeIfExists",
            List.of("t1.*", "t2.*", "m3.*"),
            List.of("t2.micro"),
            true),
        arguments(
            "StringLikeIfExists, key present and not matching",
            "StringLikeIfExists",
            List.of("t1.*", "t2.*", "m3.*"),
            List.of("m5.large"),
            false),
        arguments(
            "BoolIfExists, key absent (aws:MultiFactorAuthPresent with long-term keys)",
            "BoolIfExists",
            List.of("false"),
            ABSENT,
            true),
        arguments(
            "StringNotEqualsIfExists, key absent",
            "StringNotEqualsIfExists",
            List.of("a"),
            ABSENT,
            true),
        arguments(
            "StringNotEqualsIfExists, key present and equal",
            "StringNotEqualsIfExists",
            List.of("a"),
            List.of("a"),
            false),
        arguments(
            "NumericLessThanIfExists, key empty",
            "NumericLessThanIfExists",
            List.of("1"),
            EMPTY,
            true),
        arguments(
            "ForAllValues, key absent", "ForAllValues:StringEquals", List.of("a"), ABSENT, true),
        arguments(
            "ForAllValues, an empty set of values",
            "ForAllValues:StringEquals",
            List.of("a"),
            EMPTY,
            true),
        arguments(
            "ForAllValues with a negated operator, key absent",
            "ForAllValues:StringNotLike",
            List.of("key1*"),
            ABSENT,
            true),
        arguments(
            "ForAnyValue, key absent", "ForAnyValue:StringEquals", List.of("a"), ABSENT, false),
        arguments(
            "ForAnyValue, an empty set of values",
            "ForAnyValue:StringEquals",
            List.of("a"),
            EMPTY,
            false),
        arguments(
            "ForAnyValue with a negated operator, key absent",
            "ForAnyValue:StringNotEquals",
            List.of("DataClass", "Owner"),
            ABSENT,
            false),
        arguments(
            "ForAnyValue with IfExists, key absent: IfExists makes it true",
            "ForAnyValue:StringEqualsIfExists",
            List.of("a"),
            ABSENT,
            true));
  }

  static Stream<Arguments> nullChecks() {
    return Stream.of(
        arguments(
            "AWS's example: Null true, aws:TokenIssueTime absent (long-term keys)",
            "Null",
            List.of("true"),
            ABSENT,
            true),
        arguments(
            "AWS's example: Null true, aws:TokenIssueTime present (temporary credentials)",
            "Null",
            List.of("true"),
            List.of("2020-01-01T00:00:00Z"),
            false),
        arguments("Null false, key present", "Null", List.of("false"), List.of("x"), true),
        arguments("Null false, key absent", "Null", List.of("false"), ABSENT, false),
        arguments("Null true, key with no values", "Null", List.of("true"), EMPTY, true),
        arguments(
            "Null with both values holds either way",
            "Null",
            List.of("true", "false"),
            ABSENT,
            true),
        arguments("Null takes its value in any case", "Null", List.of("TRUE"), ABSENT, true));
  }

  static Stream<Arguments> qualifiers() {
    List<String> allowedAttributes = List.of("PostDateTime", "Message", "Tags");
    List<String> forbiddenAttributes = List.of("ID", "PostDateTime");
    List<String> dataClassOwner = List.of("DataClass", "Owner");
    return Stream.of(
        arguments(
            "AWS's DynamoDB example: ForAllValues, every requested attribute allowed",
            "ForAllValues:StringEquals",
            allowedAttributes,
            List.of("Message", "Tags"),
            true),
        arguments(
            "AWS's DynamoDB example: ForAllValues, UserName is not allowed",
            "ForAllValues:StringEquals",
            allowedAttributes,
            List.of("PostDateTime", "UserName"),
            false),
        arguments(
            "AWS's DynamoDB example: ForAnyValue, PostDateTime is among the forbidden",
            "ForAnyValue:StringEquals",
            forbiddenAttributes,
            List.of("UserName", "Message", "PostDateTime"),
            true),
        arguments(
            "AWS's DynamoDB example: ForAnyValue, UserName alone is not forbidden",
            "ForAnyValue:StringEquals",
            forbiddenAttributes,
            List.of("UserName"),
            false),
        arguments(
            "AWS's tag example: ForAllValues:StringNotLike key1*, for key1:legal",
            "ForAllValues:StringNotLike",
            List.of("key1*"),
            List.of("key1:legal"),
            false),
        arguments(
            "AWS's tag example: ForAllValues:StringNotLike key1*, for key1:hr and key1:personnel",
            "ForAllValues:StringNotLike",
            List.of("key1*"),
            List.of("key1:hr", "key1:personnel"),
            false),
        arguments(
            "AWS's tag example: ForAllValues:StringNotLike key1*, for key2:audit",
            "ForAllValues:StringNotLike",
            List.of("key1*"),
            List.of("key2:audit"),
            true),
        arguments(
            "ForAllValues:StringNotLike, one value like the pattern spoils it",
            "ForAllValues:StringNotLike",
            List.of("key1*"),
            List.of("key2:audit", "key1:legal"),
            false),
        arguments(
            "ForAnyValue:StringNotEquals, every value listed",
            "ForAnyValue:StringNotEquals",
            dataClassOwner,
            List.of("DataClass", "Owner"),
            false),
        arguments(
            "ForAnyValue:StringNotEquals, one value not listed",
            "ForAnyValue:StringNotEquals",
            dataClassOwner,
            List.of("Dept", "DataClass"),
            true),
        arguments(
            "ForAllValues:StringEquals, a subset of the policy's values",
            "ForAllValues:StringEquals",
            dataClassOwner,
            List.of("DataClass"),
            true),
        arguments(
            "ForAllValues:StringEquals, one value too many",
            "ForAllValues:StringEquals",
            dataClassOwner,
            List.of("DataClass", "Owner", "Dept"),
            false),
        arguments(
            "ForAllValues:StringLike with a wildcard value",
            "ForAllValues:StringLike",
            List.of("project", "team", "cost-*"),
            List.of("project", "cost-center"),
            true),
        arguments(
            "ForAnyValue:StringLike with a wildcard value",
            "ForAnyValue:StringLike",
            List.of("cost-*"),
            List.of("project", "cost-center"),
            true),
        arguments(
            "ForAllValues:NumericLessThan on numbers",
            "ForAllValues:NumericLessThan",
            List.of("10"),
            List.of("1", "9.5"),
            true),
        arguments(
            "a qualifier on a single value behaves as without one",
            "ForAnyValue:StringEquals",
            List.of("a"),
            List.of("a"),
            true),
        arguments(
            "no qualifier on several request values: as ForAnyValue",
            "StringEquals",
            List.of("a"),
            List.of("b", "a"),
            true),
        arguments(
            "no qualifier, negated, on several request values: the complement, so false",
            "StringNotEquals",
            List.of("a"),
            List.of("b", "a"),
            false),
        arguments(
            "no qualifier, negated, on several request values none of which is listed",
            "StringNotEquals",
            List.of("a"),
            List.of("b", "c"),
            true));
  }

  static Stream<Arguments> multipleValues() {
    List<String> departments = List.of("finance", "hr", "legal");
    List<String> accounts = List.of("111111111111", "222222222222");
    return Stream.of(
        arguments(
            "AWS's example: one of the departments (OR)",
            "StringEqualsIgnoreCase",
            departments,
            List.of("HR"),
            true),
        arguments(
            "AWS's example: none of the departments",
            "StringEqualsIgnoreCase",
            departments,
            List.of("sales"),
            false),
        arguments(
            "AWS's note: StringNotEquals with several accounts is a NOR, for a listed one",
            "StringNotEquals",
            accounts,
            List.of("222222222222"),
            false),
        arguments(
            "AWS's note: StringNotEquals with several accounts, for an unlisted one",
            "StringNotEquals",
            accounts,
            List.of("333333333333"),
            true),
        arguments(
            "DateNotEquals with several dates is a NOR too",
            "DateNotEquals",
            List.of("2020-01-01", "2021-01-01"),
            List.of("2021-01-01T00:00:00Z"),
            false),
        arguments(
            "NotIpAddress with several blocks is a NOR",
            "NotIpAddress",
            List.of("10.0.0.0/8", "192.168.0.0/16"),
            List.of("192.168.1.1"),
            false));
  }

  @ParameterizedTest(name = "{0} -> {4}")
  @MethodSource({"missingKeys", "nullChecks", "qualifiers", "multipleValues"})
  void givenRequestValues_isSatisfiedBy_followsAwsRules(
      String description,
      String operator,
      List<String> policyValues,
      List<String> requestValues,
      boolean expected) {
    Condition condition = TestConditions.condition(operator, "test:Key", policyValues);
    ConditionKeys.Builder keys = ConditionKeys.builder().put("other:key", "unrelated");
    if (requestValues != ABSENT) {
      keys.put("test:Key", requestValues);
    }

    assertEquals(expected, condition.isSatisfiedBy(keys.build()));
  }

  static Stream<Arguments> keyNames() {
    return Stream.of(
        arguments("the same case", "aws:SourceIp", "aws:SourceIp"),
        arguments("the condition in upper case", "AWS:SOURCEIP", "aws:SourceIp"),
        arguments("the request in lower case", "aws:SourceIp", "aws:sourceip"),
        arguments("a tag key in another case", "aws:PrincipalTag/Team", "aws:principaltag/team"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyNames")
  void givenKeyNamesInAnyCase_isSatisfiedBy_findsTheKey(
      String description, String conditionKey, String requestKey) {
    Condition condition = TestConditions.condition("StringEquals", conditionKey, "x");
    ConditionKeys keys = ConditionKeys.builder().put(requestKey, "x").build();

    assertEquals(true, condition.isSatisfiedBy(keys));
  }

  @Test
  void givenOperatorParts_operatorName_isAsAPolicyWritesIt() {
    assertEquals(
        "ForAnyValue:StringLikeIfExists",
        TestConditions.condition("ForAnyValue:StringLikeIfExists", "k", "v").operatorName());
    assertEquals("Null", TestConditions.condition("Null", "k", "true").operatorName());
  }

  @Test
  void givenSameParts_equals_isByValue() {
    Condition one = TestConditions.condition("StringEquals", "aws:username", "alice");

    assertEquals(one, TestConditions.condition("StringEquals", "aws:username", "alice"));
    assertEquals(
        one.hashCode(),
        TestConditions.condition("StringEquals", "aws:username", "alice").hashCode());
    assertNotEquals(one, TestConditions.condition("StringEquals", "aws:username", "bob"));
    assertNotEquals(one, TestConditions.condition("StringEqualsIfExists", "aws:username", "alice"));
    assertEquals("aws:username", one.key());
  }
}
