package org.opensts.domain.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding of what arrived on the wire and the RFC 3986 encoding SigV4 canonicalises with:
 * unreserved characters ({@code A-Z a-z 0-9 - _ . ~}) stay, every other byte becomes {@code %XX} in
 * upper-case hex, a space becomes {@code %20}.
 */
final class UriEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  /**
   * Canonical form of one raw query name or value: decoded ({@code +} is a space, as in HTML forms
   * and in every server that parses AWS query strings), then encoded again. Works on bytes, so that
   * percent-escapes which are not UTF-8 survive unchanged. A malformed escape is taken literally.
   */
  static String canonicalQueryComponent(String raw) {
    if (isUnreserved(raw)) {
      return raw;
    }
    return encode(decode(raw, true));
  }

  /** A raw query component decoded to text, for reading the X-Amz-* parameters. */
  static String decodeQueryComponent(String raw) {
    if (isUnreserved(raw)) {
      return raw;
    }
    return new String(decode(raw, true), StandardCharsets.UTF_8);
  }

  /** Encodes a string (its UTF-8 bytes) with the unreserved set kept. */
  static String encode(String text) {
    if (isUnreserved(text)) {
      return text;
    }
    return encode(text.getBytes(StandardCharsets.UTF_8));
  }

  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
      }
    }
    return out.toString();
  }

  static byte[] decode(String raw, boolean plusIsSpace) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    int length = raw.length();
    int i = 0;
    while (i < length) {
      char c = raw.charAt(i);
      if (c == '%'
          && i + 2 < length
          && hexValue(raw.charAt(i + 1)) >= 0
          && hexValue(raw.charAt(i + 2)) >= 0) {
        out.write(hexValue(raw.charAt(i + 1)) << 4 | hexValue(raw.charAt(i + 2)));
        i += 3;
      } else if (c == '+' && plusIsSpace) {
        out.write(' ');
        i++;
      } else if (c < 0x80) {
        out.write(c);
        i++;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < length ? i + 2 : i + 1;
        byte[] utf8 = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
        out.write(utf8, 0, utf8.length);
        i = end;
      }
    }
    return out.toByteArray();
  }

  static boolean isUnreserved(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isUnreserved(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '~';
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }
}
