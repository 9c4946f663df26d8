package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.fixture.TestConditions;

/**
 * Each condition operator's base comparison of a present, single request value with the policy
 * values ("IAM JSON policy elements: Condition operators"), including the page's own examples.
 * Missing keys, qualifiers and IfExists are in {@link ConditionTest}.
 */
class ConditionOperatorTest {

  private static final String KEY = "test:key";

  static Stream<Arguments> strings() {
    return Stream.of(
        arguments(
            "AWS's example: the principal is tagged iamuser-admin",
            "StringEquals",
            List.of("iamuser-admin"),
            "iamuser-admin",
            true),
        arguments(
            "StringEquals is case-sensitive", "StringEquals", List.of("Admin"), "admin", false),
        arguments(
            "StringEquals takes a star literally", "StringEquals", List.of("ab*"), "abc", false),
        arguments(
            "StringEquals matches a literal star", "StringEquals", List.of("ab*"), "ab*", true),
        arguments(
            "StringEquals needs the whole string",
            "StringEquals",
            List.of("admin"),
            "admins",
            false),
        arguments(
            "StringNotEquals of an equal string",
            "StringNotEquals",
            List.of("admin"),
            "admin",
            false),
        arguments(
            "StringNotEquals of another string",
            "StringNotEquals",
            List.of("admin"),
            "guest",
            true),
        arguments(
            "StringEqualsIgnoreCase ignores case",
            "StringEqualsIgnoreCase",
            List.of("Admin"),
            "ADMIN",
            true),
        arguments(
            "StringEqualsIgnoreCase still needs equal text",
            "StringEqualsIgnoreCase",
            List.of("Admin"),
            "Admins",
            false),
        arguments(
            "StringNotEqualsIgnoreCase of the same text in another case",
            "StringNotEqualsIgnoreCase",
            List.of("Admin"),
            "aDMIN",
            false),
        arguments(
            "StringNotEqualsIgnoreCase of other text",
            "StringNotEqualsIgnoreCase",
            List.of("Admin"),
            "guest",
            true),
        arguments(
            "StringLike with a star for any run",
            "StringLike",
            List.of("home/*"),
            "home/alice/notes.txt",
            true),
        arguments(
            "StringLike with a question mark for one character",
            "StringLike",
            List.of("build-?"),
            "build-7",
            true),
        arguments(
            "StringLike's question mark needs exactly one character",
            "StringLike",
            List.of("build-?"),
            "build-17",
            false),
        arguments("StringLike is case-sensitive", "StringLike", List.of("Home/*"), "home/a", false),
        arguments(
            "StringLike without wildcards needs the whole string",
            "StringLike",
            List.of("home/"),
            "home/alice",
            false),
        arguments(
            "AWS's s3:prefix example: the empty prefix matches the empty string",
            "StringLike",
            List.of("", "home/"),
            "",
            true),
        arguments(
            "StringNotLike of a matching string",
            "StringNotLike",
            List.of("home/*"),
            "home/a",
            false),
        arguments(
            "StringNotLike of another string", "StringNotLike", List.of("home/*"), "tmp/a", true));
  }

  static Stream<Arguments> numbers() {
    return Stream.of(
        arguments("NumericEquals of equal integers", "NumericEquals", List.of("10"), "10", true),
        arguments(
            "NumericEquals compares decimals by value",
            "NumericEquals",
            List.of("10"),
            "10.0",
            true),
        arguments(
            "NumericEquals of decimals with trailing zeros",
            "NumericEquals",
            List.of("2.50"),
            "2.5",
            true),
        arguments(
            "NumericEquals of different numbers", "NumericEquals", List.of("10"), "11", false),
        arguments(
            "NumericEquals of text that is not a number",
            "NumericEquals",
            List.of("10"),
            "ten",
            false),
        arguments(
            "NumericEquals against a policy value that is not a number",
            "NumericEquals",
            List.of("ten"),
            "10",
            false),
        arguments(
            "NumericNotEquals of a number none of the values equals",
            "NumericNotEquals",
            List.of("1", "2"),
            "3",
            true),
        arguments(
            "NumericNotEquals of a number one value equals",
            "NumericNotEquals",
            List.of("1", "2"),
            "2.0",
            false),
        arguments(
            "NumericLessThan of a smaller decimal", "NumericLessThan", List.of("10"), "9.99", true),
        arguments(
            "NumericLessThan of an equal number", "NumericLessThan", List.of("10"), "10", false),
        arguments(
            "AWS's s3:max-keys example: NumericLessThanEquals 10 allows 10",
            "NumericLessThanEquals",
            List.of("10"),
            "10",
            true),
        arguments(
            "NumericLessThanEquals of a greater number",
            "NumericLessThanEquals",
            List.of("10"),
            "10.01",
            false),
        arguments(
            "NumericGreaterThan of negative numbers",
            "NumericGreaterThan",
            List.of("-2"),
            "-1.5",
            true),
        arguments(
            "NumericGreaterThan of an equal number",
            "NumericGreaterThan",
            List.of("3"),
            "3",
            false),
        arguments(
            "NumericGreaterThanEquals of an equal number",
            "NumericGreaterThanEquals",
            List.of("3.0"),
            "3",
            true),
        arguments(
            "NumericGreaterThanEquals of a smaller number",
            "NumericGreaterThanEquals",
            List.of("3"),
            "2",
            false));
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        arguments(
            "AWS's example: after 2020-04-01",
            "DateGreaterThan",
            List.of("2020-04-01T00:00:00Z"),
            "2020-05-01T12:00:00Z",
            true),
        arguments(
            "AWS's example: before 2020-06-30T23:59:59Z, one second after",
            "DateLessThan",
            List.of("2020-06-30T23:59:59Z"),
            "2020-07-01T00:00:00Z",
            false),
        arguments(
            "DateEquals of the same second",
            "DateEquals",
            List.of("2020-01-01T00:00:00Z"),
            "2020-01-01T00:00:00Z",
            true),
        arguments(
            "DateEquals one second apart",
            "DateEquals",
            List.of("2020-01-01T00:00:00Z"),
            "2020-01-01T00:00:01Z",
            false),
        arguments(
            "DateEquals compares instants, not text: fractions of zero",
            "DateEquals",
            List.of("2020-01-01T00:00:00Z"),
            "2020-01-01T00:00:00.000Z",
            true),
        arguments(
            "DateEquals compares instants: an offset",
            "DateEquals",
            List.of("2020-01-01T01:00:00+01:00"),
            "2020-01-01T00:00:00Z",
            true),
        arguments(
            "a date alone is its midnight, UTC",
            "DateEquals",
            List.of("2020-01-01"),
            "2020-01-01T00:00:00Z",
            true),
        arguments(
            "a date alone is not the whole day",
            "DateEquals",
            List.of("2020-01-01"),
            "2020-01-01T12:00:00Z",
            false),
        arguments(
            "epoch seconds in the request (aws:EpochTime) against an ISO 8601 policy value",
            "DateEquals",
            List.of("2020-01-01T00:00:00Z"),
            "1577836800",
            true),
        arguments(
            "epoch seconds in the policy against an ISO 8601 request value",
            "DateLessThan",
            List.of("1577836800"),
            "2019-12-31T23:59:59Z",
            true),
        arguments(
            "DateNotEquals of another instant",
            "DateNotEquals",
            List.of("2020-01-01T00:00:00Z"),
            "2021-01-01T00:00:00Z",
            true),
        arguments(
            "DateNotEquals of the same instant",
            "DateNotEquals",
            List.of("2020-01-01T00:00:00Z"),
            "1577836800",
            false),
        arguments(
            "DateLessThanEquals at the instant",
            "DateLessThanEquals",
            List.of("2020-01-01T00:00:00Z"),
            "2020-01-01T00:00:00Z",
            true),
        arguments(
            "DateGreaterThanEquals at the instant",
            "DateGreaterThanEquals",
            List.of("2020-01-01T00:00:00Z"),
            "2020-01-01T00:00:00Z",
            true),
        arguments(
            "DateGreaterThanEquals one second before",
            "DateGreaterThanEquals",
            List.of("2020-01-01T00:00:00Z"),
            "2019-12-31T23:59:59Z",
            false),
        arguments(
            "a policy value that is not a date",
            "DateGreaterThan",
            List.of("yesterday"),
            "2020-01-01T00:00:00Z",
            false),
        arguments(
            "a request value that is not a date",
            "DateLessThan",
            List.of("2030-01-01T00:00:00Z"),
            "soon",
            false),
        arguments(
            "an impossible date",
            "DateLessThan",
            List.of("2030-01-01T00:00:00Z"),
            "2020-02-30T00:00:00Z",
            false));
  }

  static Stream<Arguments> booleans() {
    return Stream.of(
        arguments("Bool true of true", "Bool", List.of("true"), "true", true),
        arguments(
            "AWS's example: deny when aws:SecureTransport is false, for a TLS request",
            "Bool",
            List.of("false"),
            "true",
            false),
        arguments("Bool false of false", "Bool", List.of("false"), "false", true),
        arguments("Bool ignores case", "Bool", List.of("true"), "TRUE", true),
        arguments("Bool of a value that is not a boolean", "Bool", List.of("true"), "yes", false));
  }

  static Stream<Arguments> binaries() {
    return Stream.of(
        arguments(
            "AWS's example value, byte for byte",
            "BinaryEquals",
            List.of("QmluYXJ5VmFsdWVJbkJhc2U2NA=="),
            "QmluYXJ5VmFsdWVJbkJhc2U2NA==",
            true),
        arguments(
            "other bytes",
            "BinaryEquals",
            List.of("QmluYXJ5VmFsdWVJbkJhc2U2NA=="),
            "T3RoZXJWYWx1ZQ==",
            false),
        arguments(
            "a request value that is not base64",
            "BinaryEquals",
            List.of("QmluYXJ5VmFsdWVJbkJhc2U2NA=="),
            "not base64!",
            false),
        arguments(
            "a policy value that is not base64",
            "BinaryEquals",
            List.of("not base64!"),
            "QmluYXJ5VmFsdWVJbkJhc2U2NA==",
            false));
  }

  static Stream<Arguments> ipAddresses() {
    List<String> mixed = List.of("203.0.113.0/24", "2001:DB8:1234:5678::/64");
    return Stream.of(
        arguments(
            "AWS's example: an address of 203.0.113.0/24",
            "IpAddress",
            List.of("203.0.113.0/24"),
            "203.0.113.5",
            true),
        arguments(
            "an address outside 203.0.113.0/24",
            "IpAddress",
            List.of("203.0.113.0/24"),
            "203.0.114.5",
            false),
        arguments(
            "a prefix that is not a whole octet, inside",
            "IpAddress",
            List.of("10.0.0.0/12"),
            "10.15.255.255",
            true),
        arguments(
            "a prefix that is not a whole octet, outside",
            "IpAddress",
            List.of("10.0.0.0/12"),
            "10.16.0.0",
            false),
        arguments(
            "an address without a prefix is /32: the address",
            "IpAddress",
            List.of("203.0.113.5"),
            "203.0.113.5",
            true),
        arguments(
            "an address without a prefix is /32: its neighbour",
            "IpAddress",
            List.of("203.0.113.5"),
            "203.0.113.6",
            false),
        arguments(
            "/0 covers every IPv4 address", "IpAddress", List.of("0.0.0.0/0"), "8.8.8.8", true),
        arguments(
            "AWS's IPv4 and IPv6 example, for an IPv6 address in the /64",
            "IpAddress",
            mixed,
            "2001:db8:1234:5678:abcd::1",
            true),
        arguments(
            "AWS's IPv4 and IPv6 example, for an IPv4 address in the /24",
            "IpAddress",
            mixed,
            "203.0.113.200",
            true),
        arguments(
            "AWS's IPv4 and IPv6 example, for an IPv6 address outside the /64",
            "IpAddress",
            mixed,
            "2001:db8:1234:5679::1",
            false),
        arguments(
            "an IPv6 address in its full form",
            "IpAddress",
            List.of("::1"),
            "0:0:0:0:0:0:0:1",
            true),
        arguments(
            "an IPv4 address never falls in an IPv6 block",
            "IpAddress",
            List.of("::/0"),
            "203.0.113.5",
            false),
        arguments(
            "NotIpAddress of an address outside the block",
            "NotIpAddress",
            List.of("203.0.113.0/24"),
            "198.51.100.7",
            true),
        arguments(
            "NotIpAddress of an address inside the block",
            "NotIpAddress",
            List.of("203.0.113.0/24"),
            "203.0.113.7",
            false),
        arguments(
            "a hostname in the request is not looked up: it matches nothing",
            "IpAddress",
            List.of("127.0.0.1"),
            "localhost",
            false),
        arguments(
            "a hostname in the policy is not looked up: it matches nothing",
            "IpAddress",
            List.of("localhost"),
            "127.0.0.1",
            false),
        arguments(
            "a prefix too long for IPv4 matches nothing",
            "IpAddress",
            List.of("203.0.113.0/33"),
            "203.0.113.0",
            false));
  }

  static Stream<Arguments> arns() {
    String pattern = "arn:aws:someservice:*:111122223333:finance/*";
    String tricky =
        "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt";
    return Stream.of(
        arguments(
            "AWS's example: StringLike lets the star run across colons",
            "StringLike",
            List.of(pattern),
            tricky,
            true),
        arguments(
            "AWS's example: ArnLike matches component by component, so it fails",
            "ArnLike",
            List.of(pattern),
            tricky,
            false),
        arguments(
            "AWS's example pattern, for an ARN it is meant for",
            "ArnLike",
            List.of(pattern),
            "arn:aws:someservice:us-east-2:111122223333:finance/document.txt",
            true),
        arguments(
            "ArnEquals of the same ARN",
            "ArnEquals",
            List.of("arn:aws:sns:us-east-2:123456789012:topic-a"),
            "arn:aws:sns:us-east-2:123456789012:topic-a",
            true),
        arguments(
            "ArnEquals takes wildcards like ArnLike",
            "ArnEquals",
            List.of("arn:aws:sns:*:123456789012:topic-*"),
            "arn:aws:sns:us-east-2:123456789012:topic-a",
            true),
        arguments(
            "wildcards in every component",
            "ArnLike",
            List.of("arn:???:*:*:*:*"),
            "arn:aws:ec2:us-east-1:123456789012:instance/i-12345",
            true),
        arguments(
            "the resource component keeps its colons",
            "ArnLike",
            List.of("arn:aws:sns:*:123456789012:*"),
            "arn:aws:sns:us-east-1:123456789012:topic:subscription-id",
            true),
        arguments(
            "ARNs are case-sensitive",
            "ArnLike",
            List.of("arn:aws:iam::111111111111:role/Deployer"),
            "arn:aws:iam::111111111111:role/deployer",
            false),
        arguments(
            "a request value that is not an ARN",
            "ArnLike",
            List.of("arn:aws:s3:::*"),
            "my-bucket",
            false),
        arguments(
            "a policy value with fewer than six components",
            "ArnLike",
            List.of("arn:aws:s3"),
            "arn:aws:s3:::my-bucket",
            false),
        arguments(
            "ArnNotLike of a matching ARN",
            "ArnNotLike",
            List.of("arn:aws:iam::*:role/*"),
            "arn:aws:iam::111111111111:role/deployer",
            false),
        arguments(
            "ArnNotEquals of another ARN",
            "ArnNotEquals",
            List.of("arn:aws:iam::*:role/*"),
            "arn:aws:iam::111111111111:user/alice",
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"strings", "numbers", "dates", "booleans", "binaries", "ipAddresses", "arns"})
  void givenPresentKey_operator_comparesAsAwsDocuments(
      String description,
      String operator,
      List<String> policyValues,
      String requestValue,
      boolean expected) {
    Condition condition = TestConditions.condition(operator, KEY, policyValues);
    ConditionKeys keys = ConditionKeys.builder().put(KEY, requestValue).build();

    assertEquals(expected, condition.isSatisfiedBy(keys));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ConditionOperator.class)
  void givenAnyOperator_named_findsItByItsAwsName(ConditionOperator operator) {
    assertEquals(operator, ConditionOperator.named(operator.awsName()).orElseThrow());
  }

  @Test
  void givenOperatorNameInAnotherCase_named_findsNothing() {
    assertTrue(ConditionOperator.named("stringequals").isEmpty());
    assertTrue(ConditionOperator.named("ForAnyValue:StringEquals").isEmpty());
  }

  @Test
  void givenOperators_acceptsVariables_onlyForStringBoolAndArnOperators() {
    List<ConditionOperator> withVariables =
        Arrays.stream(ConditionOperator.values())
            .filter(ConditionOperator::acceptsVariables)
            .toList();

    assertEquals(
        List.of(
            ConditionOperator.STRING_EQUALS,
            ConditionOperator.STRING_NOT_EQUALS,
            ConditionOperator.STRING_EQUALS_IGNORE_CASE,
            ConditionOperator.STRING_NOT_EQUALS_IGNORE_CASE,
            ConditionOperator.STRING_LIKE,
            ConditionOperator.STRING_NOT_LIKE,
            ConditionOperator.BOOL,
            ConditionOperator.ARN_EQUALS,
            ConditionOperator.ARN_LIKE,
            ConditionOperator.ARN_NOT_EQUALS,
            ConditionOperator.ARN_NOT_LIKE),
        withVariables);
    assertFalse(ConditionOperator.NULL.acceptsVariables());
  }
}
