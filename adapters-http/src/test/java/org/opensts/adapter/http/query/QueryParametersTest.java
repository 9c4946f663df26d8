package org.opensts.adapter.http.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;

class QueryParametersTest {

  @ParameterizedTest(name = "Content-Type: {0}")
  @ValueSource(
      strings = {
        "application/x-www-form-urlencoded; charset=utf-8",
        "application/x-www-form-urlencoded",
        "APPLICATION/X-WWW-FORM-URLENCODED;charset=UTF-8"
      })
  void givenFormBodyOfAnySdk_parse_readsTheBody(String contentType) {
    QueryParameters parameters =
        QueryParameters.parse("", bytes("Action=AssumeRole&RoleSessionName=a%40b"), contentType);

    assertEquals("AssumeRole", parameters.getOrNull("Action"));
    assertEquals("a@b", parameters.getOrNull("RoleSessionName"));
  }

  @Test
  void givenBodyThatIsNotAForm_parse_ignoresIt() {
    QueryParameters parameters =
        QueryParameters.parse(
            "Action=GetCallerIdentity", bytes("Action=AssumeRole"), "application/json");

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

  @Test
  void givenBrokenPercentEncoding_parse_failsWithInvalidParameterValue() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> QueryParameters.parse("Action=%zz", new byte[0], null));

    assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, error.code());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
