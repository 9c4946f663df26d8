package org.opensts.domain.authorization;

/**
 * Writes compact JSON, placing the commas itself. Just enough for the authorization message and the
 * web identity tokens, so that the domain needs no JSON library.
 */
public final class JsonWriter {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder(256);

  /** Whether the next member or element opens its object or array, and so needs no comma. */
  private boolean first = true;

  public JsonWriter beginObject() {
    separate();
    out.append('{');
    first = true;
    return this;
  }

  public JsonWriter endObject() {
    out.append('}');
    first = false;
    return this;
  }

  public JsonWriter beginArray() {
    separate();
    out.append('[');
    first = true;
    return this;
  }

  public JsonWriter endArray() {
    out.append(']');
    first = false;
    return this;
  }

  public JsonWriter name(String name) {
    separate();
    quote(name);
    out.append(':');
    // The value follows the colon directly.
    first = true;
    return this;
  }

  public JsonWriter value(String value) {
    separate();
    quote(value);
    first = false;
    return this;
  }

  public JsonWriter value(long value) {
    separate();
    out.append(value);
    first = false;
    return this;
  }

  public JsonWriter value(boolean value) {
    separate();
    out.append(value);
    first = false;
    return this;
  }

  private void separate() {
    if (!first) {
      out.append(',');
    }
  }

  /** RFC 8259 section 7: quote and backslash escaped, control characters as {@code \}{@code u}. */
  private void quote(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
