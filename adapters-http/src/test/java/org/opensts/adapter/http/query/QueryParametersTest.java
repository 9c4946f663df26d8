package org.opensts.adapter.http.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;

class QueryParametersTest {

  @ParameterizedTest(name = "Content-Type: {0}")
  @ValueSource(
      strings = {
        "application/x-www-form-urlencoded; charset=utf-8",
        "application/x-www-form-urlencoded",
        "APPLICATION/X-WWW-FORM-URLENCODED;charset=UTF-8",
        " application/x-www-form-urlencoded ; charset=utf-8"
      })
  void givenFormBodyOfAnySdk_parse_readsTheBody(String contentType) {
    QueryParameters parameters =
        QueryParameters.parse("", bytes("Action=AssumeRole&RoleSessionName=a%40b"), contentType);

    assertEquals("AssumeRole", parameters.getOrNull("Action"));
    assertEquals("a@b", parameters.getOrNull("RoleSessionName"));
  }

  @ParameterizedTest(name = "Content-Type: [{0}]")
  @ValueSource(
      strings = {
        "application/json",
        "application/x-www-form-urlencoded-x",
        "application/x-www-form",
        "x application/x-www-form-urlencoded",
        "",
        ";application/x-www-form-urlencoded"
      })
  void givenBodyThatIsNotAForm_parse_ignoresIt(String contentType) {
    QueryParameters parameters =
        QueryParameters.parse("Action=GetCallerIdentity", bytes("Action=AssumeRole"), contentType);

    assertEquals("GetCallerIdentity", parameters.getOrNull("Action"));
  }

  @Test
  void givenQueryStringAndForm_parse_mergesBothAndTheFirstOccurrenceWins() {
    QueryParameters parameters =
        QueryParameters.parse(
            "Version=2011-06-15&Action=GetCallerIdentity",
            bytes("Action=AssumeRole&RoleArn=r"),
            "application/x-www-form-urlencoded");

    assertEquals("GetCallerIdentity", parameters.getOrNull("Action"));
    assertEquals("2011-06-15", parameters.getOrNull("Version"));
    assertEquals("r", parameters.getOrNull("RoleArn"));
  }

  @Test
  void givenEmptyListAsSdksSendIt_parse_keepsItAsPresentAndEmpty() {
    QueryParameters parameters =
        QueryParameters.parse("", bytes("Tags=&Name"), "application/x-www-form-urlencoded");

    assertEquals("", parameters.getOrNull("Tags"));
    assertEquals("", parameters.getOrNull("Name"));
  }

  @Test
  void givenPlusAndPercentEncoding_parse_decodesBoth() {
    QueryParameters parameters = QueryParameters.parse("Policy=a+b%2Bc%20d", new byte[0], null);

    assertEquals("a b+c d", parameters.getOrNull("Policy"));
  }

  @Test
  void givenMissingInteger_integer_isNull() {
    assertNull(QueryParameters.parse("", new byte[0], null).integer("DurationSeconds"));
  }

  @Test
  void givenIntegerThatIsNotANumber_integer_failsWithInvalidParameterValue() {
    QueryParameters parameters = QueryParameters.parse("DurationSeconds=1e3", new byte[0], null);

    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> parameters.integer("DurationSeconds"));

    assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, error.code());
    assertEquals(
        "Value (1e3) for parameter DurationSeconds is invalid. Expected: 'integer'.",
        error.getMessage());
  }

  @ParameterizedTest(name = "{0} reads as [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "V=plain            | plain",
        "V=a+b              | a b",
        "V=a%2Bb            | a+b",
        "V=%3a%2F%3A        | :/:",
        "V=caf%C3%A9        | café",
        "V=%E2%82%AC+%F0%9F%98%80 | € 😀",
        "V=ü%20ü            | ü ü",
        "V=a=b=c            | a=b=c",
        "&&V=x&&            | x",
        "V=%C3              | \uFFFD",
      })
  void givenEncodedValue_parse_decodesItAsAFormDoes(String query, String expected) {
    assertEquals(expected, QueryParameters.parse(query, new byte[0], null).getOrNull("V"));
  }

  @Test
  void givenEncodedName_parse_decodesTheNameToo() {
    QueryParameters parameters = QueryParameters.parse("Tags.member.1%2EKey=k", new byte[0], null);

    assertEquals("k", parameters.getOrNull("Tags.member.1.Key"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"Action=%zz", "Action=%", "Action=a%4", "Action=%+1", "Action=%-1", "A%g=1"})
  void givenBrokenPercentEncoding_parse_failsWithInvalidParameterValue(String query) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class, () -> QueryParameters.parse(query, new byte[0], null));

    assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, error.code());
    assertTrue(
        error.getMessage().startsWith("The query string contains a malformed percent-encoding: "),
        error.getMessage());
  }

  @Test
  void givenNonAsciiDigitsAfterAPercentSign_parse_failsLikeOtherNonHexDigits() {
    assertThrows(
        InvalidRequestException.class,
        () -> QueryParameters.parse("Action=%\u0663\u0663", new byte[0], null));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
