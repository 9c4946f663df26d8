package org.opensts.adapter.http.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlDocumentTest {

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
}
