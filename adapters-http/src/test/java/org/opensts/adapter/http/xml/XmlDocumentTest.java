package org.opensts.adapter.http.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlDocumentTest {

  @ParameterizedTest
  @CsvSource({
    "2026-11-28T09:05:07.999Z, 2026-11-28T09:05:07Z",
    "2026-01-01T00:00:00Z, 2026-01-01T00:00:00Z",
    "1999-12-31T23:59:59.5Z, 1999-12-31T23:59:59Z",
    "2024-02-29T12:00:00Z, 2024-02-29T12:00:00Z",
    "1970-01-01T00:00:00Z, 1970-01-01T00:00:00Z",
    "1000-01-01T00:00:00Z, 1000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.123Z, 9999-12-31T23:59:59Z",
    "0999-12-31T23:59:59Z, 0999-12-31T23:59:59Z",
    "+10000-01-01T00:00:00Z, +10000-01-01T00:00:00Z",
  })
  void givenInstant_timestamp_isIso8601InUtcToTheSecond(String instant, String expected) {
    assertEquals(expected, XmlDocument.timestamp(Instant.parse(instant)));
  }

  @Test
  void givenNestedElements_finish_indentsTwoSpacesPerLevelAndClosesAll() {
    String xml = XmlDocument.withRoot("R", "urn:x").start("A").element("B", "b").finish();

    assertEquals("<R xmlns=\"urn:x\">\n  <A>\n    <B>b</B>\n  </A>\n</R>\n", xml);
  }

  @Test
  void givenMarkupInText_element_escapesIt() {
    String xml = XmlDocument.withRoot("R", "urn:x").element("M", "a<b>&\"c'").finish();

    assertEquals("<R xmlns=\"urn:x\">\n  <M>a&lt;b&gt;&amp;&quot;c&apos;</M>\n</R>\n", xml);
  }

  @ParameterizedTest(name = "[{0}] is written [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`a\tb`     | `a\tb`",
        "`a\nb`     | `a\nb`",
        "`a\rb`     | a&#13;b",
        "`a\u0001b` | a&#1;b",
        "`a\u001fb` | a&#31;b",
        "?@=/:+-_   | ?@=/:+-_",
        "café ☃     | café ☃",
      })
  void givenAnyCharacter_element_escapesOnlyDelimitersAndControlCharacters(
      String text, String written) {
    String xml = XmlDocument.withRoot("R", "urn:x").element("M", text).finish();

    assertEquals("<R xmlns=\"urn:x\">\n  <M>" + written + "</M>\n</R>\n", xml);
  }

  @Test
  void givenDocumentsOneAfterAnother_finish_givesEachOnlyItsOwnText() {
    String large = "x".repeat(70_000);
    String first = XmlDocument.withRoot("R", "urn:x").element("A", large).finish();
    String second = XmlDocument.withRoot("S", "urn:y").element("B", "b").finish();

    assertEquals("<R xmlns=\"urn:x\">\n  <A>" + large + "</A>\n</R>\n", first);
    assertEquals("<S xmlns=\"urn:y\">\n  <B>b</B>\n</S>\n", second);
  }

  @Test
  void givenDocumentStartedWhileAnotherIsOpen_finish_keepsThemApart() {
    XmlDocument outer = XmlDocument.withRoot("R", "urn:x").element("A", "a");
    XmlDocument abandoned = XmlDocument.withRoot("U", "urn:u").start("Half");

    String inner = XmlDocument.withRoot("S", "urn:y").element("B", "b").finish();

    assertEquals("<S xmlns=\"urn:y\">\n  <B>b</B>\n</S>\n", inner);
    assertEquals("<R xmlns=\"urn:x\">\n  <A>a</A>\n</R>\n", outer.finish());
    assertEquals("<U xmlns=\"urn:u\">\n  <Half>\n  </Half>\n</U>\n", abandoned.finish());
  }
}
