package org.opensts.domain.policy;

/**
 * IPv4 and IPv6 address literals and CIDR blocks, read by hand: {@code InetAddress} would consult
 * DNS for anything that is not a literal, and a policy decision must never wait on the network.
 * Anything that is not a literal (a hostname, a zone id, a malformed address) reads as null.
 */
final class IpAddresses {

  private IpAddresses() {}

  /** A CIDR block such as {@code 203.0.113.0/24} or {@code 2001:DB8:1234:5678::/64}. */
  record CidrBlock(byte[] network, int prefixLength) {

    /** An address or a block; an address without a prefix is a block of one (/32 or /128). */
    static CidrBlock parse(String text) {
      String value = text.trim();
      int slash = value.indexOf('/');
      byte[] address = address(slash < 0 ? value : value.substring(0, slash));
      if (address == null) {
        return null;
      }
      int bits = address.length * 8;
      int prefix = slash < 0 ? bits : decimal(value, slash + 1, value.length(), 3);
      return prefix < 0 || prefix > bits ? null : new CidrBlock(address, prefix);
    }

    boolean contains(byte[] candidate) {
      if (candidate == null || candidate.length != network.length) {
        return false;
      }
      int fullBytes = prefixLength / 8;
      for (int i = 0; i < fullBytes; i++) {
        if (candidate[i] != network[i]) {
          return false;
        }
      }
      int rest = prefixLength % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }
  }

  /** The address's 4 or 16 bytes, or null when the text is not an IPv4 or IPv6 literal. */
  static byte[] address(String text) {
    String value = text.trim();
    if (value.isEmpty()) {
      return null;
    }
    return value.indexOf(':') < 0 ? ipv4(value, 0, value.length()) : ipv6(value);
  }

  /** Dotted-quad decimal, each part 0..255. */
  private static byte[] ipv4(String text, int from, int to) {
    byte[] bytes = new byte[4];
    int part = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '.') {
        if (part == 4) {
          return null;
        }
        int value = decimal(text, start, i, 3);
        if (value < 0 || value > 255) {
          return null;
        }
        bytes[part++] = (byte) value;
        start = i + 1;
      }
    }
    return part == 4 ? bytes : null;
  }

  /** Eight hex groups, at most one run of zero groups written {@code ::}, an optional IPv4 tail. */
  private static byte[] ipv6(String text) {
    int gap = text.indexOf("::");
    byte[] bytes = new byte[16];
    if (gap < 0) {
      return groups(text, 0, text.length(), bytes) == 16 ? bytes : null;
    }
    if (text.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    byte[] head = new byte[16];
    byte[] tail = new byte[16];
    int headLength = gap == 0 ? 0 : groups(text, 0, gap, head);
    int tailLength = gap + 2 == text.length() ? 0 : groups(text, gap + 2, text.length(), tail);
    // "::" stands for at least one group of zeros.
    if (headLength < 0 || tailLength < 0 || headLength + tailLength > 14) {
      return null;
    }
    System.arraycopy(head, 0, bytes, 0, headLength);
    System.arraycopy(tail, 0, bytes, 16 - tailLength, tailLength);
    return bytes;
  }

  /**
   * Reads the colon-separated hex groups of {@code text[from, to)} (the last may be a dotted quad)
   * into {@code out}; the number of bytes read, or -1.
   */
  private static int groups(String text, int from, int to, byte[] out) {
    int at = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i < to && text.charAt(i) != ':') {
        continue;
      }
      if (i == start) {
        return -1;
      }
      if (i == to && text.lastIndexOf('.', to - 1) >= start) {
        byte[] ipv4 = at > 12 ? null : ipv4(text, start, to);
        if (ipv4 == null) {
          return -1;
        }
        System.arraycopy(ipv4, 0, out, at, 4);
        return at + 4;
      }
      int group = hex(text, start, i);
      if (group < 0 || at > 14) {
        return -1;
      }
      out[at++] = (byte) (group >> 8);
      out[at++] = (byte) group;
      start = i + 1;
    }
    return at;
  }

  /** 1 to {@code maxDigits} decimal digits, or -1. */
  private static int decimal(String text, int from, int to, int maxDigits) {
    return to <= from || to - from > maxDigits ? -1 : ValueType.digits(text, from, to);
  }

  /** 1 to 4 hex digits, or -1. */
  private static int hex(String text, int from, int to) {
    if (to <= from || to - from > 4) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }
}
