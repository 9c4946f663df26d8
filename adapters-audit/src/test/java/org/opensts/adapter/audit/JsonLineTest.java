package org.opensts.adapter.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLineTest {

  private final ObjectMapper mapper = new ObjectMapper();

  static List<String> texts() {
    return List.of(
        "",
        "plain ascii",
        "quote \" and backslash \\ and slash /",
        "controls \b \t \n \f \r \u0000 \u001f \u007f",
        "latin é ß, greek λ, cjk 漢字",
        "emoji 😀 and a pair at the end 𝄞",
        "a long one " + "x".repeat(5000));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void givenAnyText_theLine_isWhatJacksonWrites(String text) throws IOException {
    JsonLine json = new JsonLine();
    json.startObject().field("k", text).name("n").number(-42).name("b").bool(true);
    json.name("list").startArray().string(text).nullValue().endArray().endObject();

    assertEquals(
        mapper.writeValueAsString(new Sample(text, -42, true, Arrays.asList(text, null))),
        written(json));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "lone \udc00 low", "high at the end \ud83d"})
  void givenALoneSurrogate_theLine_escapesItAndReadsBackTheSame(String text) throws IOException {
    JsonLine json = new JsonLine();
    json.string(text);

    assertEquals(text, mapper.readValue(written(json), String.class));
  }

  @Test
  void givenAVeryLongLine_theNextLine_startsAfresh() throws IOException {
    JsonLine json = new JsonLine();
    json.string("y".repeat(200_000));
    json.reset();
    json.startArray().string("short").endArray();

    assertEquals("[\"short\"]", written(json));
  }

  private static String written(JsonLine json) {
    return new String(json.toByteArray(), StandardCharsets.UTF_8);
  }

  record Sample(String k, long n, boolean b, List<String> list) {}
}
