package org.opensts.adapter.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One line of JSON built in a reusable byte buffer, UTF-8, escaped as RFC 8259 asks (quote,
 * backslash and control characters; a lone surrogate as {@code \}{@code uXXXX}). Commas go in by
 * themselves: a name or a value after another one in the same object or array is preceded by one.
 * The audit writer's hot loop, so it writes bytes directly: a general JSON generator cost it
 * several times as much per event. Used by one thread.
 */
final class JsonLine {

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final int INITIAL_CAPACITY = 2048;

  /** A line this long (a large policy document) grows the buffer; the next one starts small. */
  private static final int MAX_KEPT_CAPACITY = 1 << 16;

  private byte[] bytes = new byte[INITIAL_CAPACITY];
  private int size;
  private boolean afterValue;

  void reset() {
    if (bytes.length > MAX_KEPT_CAPACITY) {
      bytes = new byte[INITIAL_CAPACITY];
    }
    size = 0;
    afterValue = false;
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  JsonLine startObject() {
    separate();
    put('{');
    afterValue = false;
    return this;
  }

  JsonLine endObject() {
    put('}');
    afterValue = true;
    return this;
  }

  JsonLine startArray() {
    separate();
    put('[');
    afterValue = false;
    return this;
  }

  JsonLine endArray() {
    put(']');
    afterValue = true;
    return this;
  }

  JsonLine name(String name) {
    separate();
    quoted(name);
    put(':');
    afterValue = false;
    return this;
  }

  JsonLine string(String value) {
    separate();
    quoted(value);
    afterValue = true;
    return this;
  }

  JsonLine bool(boolean value) {
    return raw(value ? "true" : "false");
  }

  JsonLine number(long value) {
    return raw(Long.toString(value));
  }

  JsonLine nullValue() {
    return raw("null");
  }

  /** A value already written as JSON text (ASCII or UTF-8 bytes). */
  JsonLine json(byte[] value) {
    separate();
    ensure(value.length);
    System.arraycopy(value, 0, bytes, size, value.length);
    size += value.length;
    afterValue = true;
    return this;
  }

  JsonLine field(String name, String value) {
    return name(name).string(value);
  }

  /** Ends the line. */
  void newLine() {
    put('\n');
  }

  private JsonLine raw(String ascii) {
    separate();
    ensure(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      bytes[size++] = (byte) ascii.charAt(i);
    }
    afterValue = true;
    return this;
  }

  private void separate() {
    if (afterValue) {
      put(',');
    }
  }

  @SuppressWarnings("deprecation")
  private void copyPlain(String text, int length) {
    text.getBytes(0, length, bytes, size);
    size += length;
  }

  private void quoted(String text) {
    if (isPlain(text)) {
      // Most text is: its chars are its bytes, copied in bulk straight into the line (the one JDK
      // method that does so without an intermediate array is deprecated for other text only).
      int length = text.length();
      ensure(length + 2);
      bytes[size++] = '"';
      copyPlain(text, length);
      bytes[size++] = '"';
      return;
    }
    int length = text.length();
    // Room for the worst case: six bytes (a \\u escape) per character, and the quotes.
    ensure(length * 6 + 2);
    byte[] out = bytes;
    int at = size;
    out[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x80) {
        if (c == '"' || c == '\\') {
          out[at++] = '\\';
        }
        out[at++] = (byte) c;
      } else if (c < 0x20) {
        at = escapeControl(out, at, c);
      } else if (c < 0x800) {
        out[at++] = (byte) (0xc0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int point = Character.toCodePoint(c, text.charAt(++i));
        out[at++] = (byte) (0xf0 | point >> 18);
        out[at++] = (byte) (0x80 | point >> 12 & 0x3f);
        out[at++] = (byte) (0x80 | point >> 6 & 0x3f);
        out[at++] = (byte) (0x80 | point & 0x3f);
      } else if (Character.isSurrogate(c)) {
        at = unicodeEscape(out, at, c);
      } else {
        out[at++] = (byte) (0xe0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
        out[at++] = (byte) (0x80 | c & 0x3f);
      }
    }
    out[at++] = '"';
    size = at;
  }

  /** Printable ASCII without a quote or a backslash: nothing to escape or encode. */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static int escapeControl(byte[] out, int at, char c) {
    char shortForm =
        switch (c) {
          case '\b' -> 'b';
          case '\t' -> 't';
          case '\n' -> 'n';
          case '\f' -> 'f';
          case '\r' -> 'r';
          default -> 0;
        };
    if (shortForm == 0) {
      return unicodeEscape(out, at, c);
    }
    out[at++] = '\\';
    out[at++] = (byte) shortForm;
    return at;
  }

  private static int unicodeEscape(byte[] out, int at, char c) {
    out[at++] = '\\';
    out[at++] = 'u';
    out[at++] = HEX[c >> 12 & 0xf];
    out[at++] = HEX[c >> 8 & 0xf];
    out[at++] = HEX[c >> 4 & 0xf];
    out[at++] = HEX[c & 0xf];
    return at;
  }

  private void put(char ascii) {
    ensure(1);
    bytes[size++] = (byte) ascii;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
