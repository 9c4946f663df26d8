package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Address literals as the IP address operators read them: IPv4 dotted quads and every IPv6 form
 * ({@code ::} compression, an IPv4 tail), and nothing else — a name is never looked up.
 */
class IpAddressesTest {

  static Stream<Arguments> literals() {
    return Stream.of(
        arguments("an IPv4 address", "203.0.113.5", "cb007105"),
        arguments("the IPv4 extremes", "255.255.255.255", "ffffffff"),
        arguments("spaces around", " 10.0.0.1 ", "0a000001"),
        arguments(
            "a full IPv6 address", "2001:db8:0:0:0:0:0:1", "20010db8000000000000000000000001"),
        arguments("IPv6 hex in upper case", "2001:DB8::1", "20010db8000000000000000000000001"),
        arguments("IPv6 loopback", "::1", "00000000000000000000000000000001"),
        arguments("IPv6 unspecified", "::", "00000000000000000000000000000000"),
        arguments("IPv6 compression at the end", "fe80::", "fe800000000000000000000000000000"),
        arguments(
            "IPv6 compression in the middle",
            "2001:db8:1234:5678::abcd",
            "20010db812345678000000000000abcd"),
        arguments(
            "IPv6 with an IPv4 tail", "::ffff:203.0.113.5", "00000000000000000000ffffcb007105"),
        arguments(
            "IPv6 compression standing for one group",
            "1:2:3:4:5:6:7::",
            "00010002000300040005000600070000"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("literals")
  void givenLiteral_address_readsItsBytes(String description, String text, String hex) {
    assertEquals(hex, HexFormat.of().formatHex(IpAddresses.address(text)));
  }

  static Stream<Arguments> notLiterals() {
    return Stream.of(
        arguments("a hostname", "localhost"),
        arguments("a domain name", "example.com"),
        arguments("a hostname of hex letters", "cafe"),
        arguments("a dotted name of hex letters", "dead.beef"),
        arguments("an empty string", ""),
        arguments("three IPv4 parts", "10.0.1"),
        arguments("five IPv4 parts", "10.0.0.1.2"),
        arguments("an IPv4 part over 255", "10.0.0.256"),
        arguments("an empty IPv4 part", "10..0.1"),
        arguments("a sign in IPv4", "10.0.0.-1"),
        arguments("two compressions", "1::2::3"),
        arguments("nine IPv6 groups", "1:2:3:4:5:6:7:8:9"),
        arguments("seven IPv6 groups without compression", "1:2:3:4:5:6:7"),
        arguments("eight groups and a compression", "1:2:3:4:5:6:7:8::"),
        arguments("a five-digit IPv6 group", "12345::"),
        arguments("a leading single colon", ":1:2:3:4:5:6:7"),
        arguments("a trailing single colon", "1:2:3:4:5:6:7:"),
        arguments("a zone id", "fe80::1%eth0"),
        arguments("brackets", "[::1]"),
        arguments("an IPv4 tail before other groups", "::1.2.3.4:5"),
        arguments("a CIDR block is not an address", "10.0.0.0/8"));
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @MethodSource("notLiterals")
  void givenAnythingElse_address_isNull(String description, String text) {
    assertNull(IpAddresses.address(text));
  }

  static Stream<Arguments> blocks() {
    return Stream.of(
        arguments("an IPv4 /24", "203.0.113.0/24", 24),
        arguments("an address is a /32", "203.0.113.9", 32),
        arguments("an IPv6 address is a /128", "::1", 128),
        arguments("an IPv6 /64", "2001:DB8:1234:5678::/64", 64),
        arguments("a /0", "0.0.0.0/0", 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocks")
  void givenCidr_parse_readsThePrefix(String description, String text, int prefix) {
    assertEquals(prefix, IpAddresses.CidrBlock.parse(text).prefixLength());
  }

  static Stream<Arguments> badBlocks() {
    return Stream.of(
        arguments("a prefix over 32 for IPv4", "10.0.0.0/33"),
        arguments("a prefix over 128 for IPv6", "::/129"),
        arguments("a negative prefix", "10.0.0.0/-1"),
        arguments("an empty prefix", "10.0.0.0/"),
        arguments("a hostname with a prefix", "localhost/8"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badBlocks")
  void givenMalformedCidr_parse_isNull(String description, String text) {
    assertNull(IpAddresses.CidrBlock.parse(text));
  }
}
