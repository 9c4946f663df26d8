package org.opensts.domain.signature;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opensts.domain.error.InvalidRequestException;

/**
 * An HTTP request exactly as it arrived, reduced to what SigV4 signs. Adapters extract it; the
 * verifier never sees a framework type.
 *
 * <p>The body enters the signature only through its hex SHA-256. An adapter that received the body
 * carries its bytes; one that received only the hash from a party it trusts (an internal service
 * asking about a large body) carries the hash instead, and then the payload is empty.
 *
 * @param method HTTP method, upper case
 * @param rawPath the path as sent on the wire, still percent-encoded
 * @param rawQuery the query string as sent on the wire (without '?'), empty when absent
 * @param headers header values by name; names are matched case-insensitively
 * @param payload the body bytes, empty when absent or when only its hash is known
 * @param payloadSha256 the body's hex SHA-256 (64 hex digits, kept in lower case) in place of the
 *     body; empty when the body itself is given
 */
public record SignedRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] payload,
    String payloadSha256) {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

  /**
   * @throws InvalidRequestException ValidationError when {@code payloadSha256} is not 64 hex digits
   *     or comes with a body
   */
  public SignedRequest {
    headers = headers instanceof LowerCaseHeaders ? headers : lowerCased(headers);
    rawQuery = rawQuery == null ? "" : rawQuery;
    payload = payload == null ? new byte[0] : payload.clone();
    payloadSha256 = payloadSha256 == null ? "" : payloadSha256;
    if (!payloadSha256.isEmpty()) {
      if (!SHA256_HEX.matcher(payloadSha256).matches()) {
        throw notSha256Hex();
      }
      if (payload.length > 0) {
        throw InvalidRequestException.validationError(
            "Give either the payload or its SHA-256, not both.");
      }
      payloadSha256 = payloadSha256.toLowerCase(Locale.ROOT);
    }
  }

  /** A request whose body arrived with it. */
  public SignedRequest(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] payload) {
    this(method, rawPath, rawQuery, headers, payload, "");
  }

  /**
   * A request known only by its body's hash, for a caller that hashed a large body itself.
   *
   * @param payloadSha256 the body's hex SHA-256
   * @throws InvalidRequestException ValidationError when it is not 64 hex digits
   */
  public static SignedRequest withPayloadSha256(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      String payloadSha256) {
    if (payloadSha256 == null || payloadSha256.isEmpty()) {
      throw notSha256Hex();
    }
    return new SignedRequest(method, rawPath, rawQuery, headers, new byte[0], payloadSha256);
  }

  /** All values of a header, matched case-insensitively; empty when absent. */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** The first value of a header, matched case-insensitively. */
  public Optional<String> header(String name) {
    List<String> values = headerValues(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The hex SHA-256 of the body: the given one, or computed from the bytes. */
  public String bodySha256() {
    return payloadSha256.isEmpty() ? Digests.sha256Hex(payload) : payloadSha256;
  }

  /** The headers by lower-case name, names that differ only in case merged, values in order. */
  private static Map<String, List<String>> lowerCased(Map<String, List<String>> headers) {
    HeadersBuilder lowerCased = new HeadersBuilder(headers.size());
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      for (String value : header.getValue()) {
        lowerCased.add(header.getKey(), value);
      }
    }
    return lowerCased.build();
  }

  /**
   * Headers collected one by one as they arrive, already in the form a request keeps them: an
   * adapter that reads them off the wire builds the map once, not once for itself and once more
   * here.
   */
  public static final class HeadersBuilder {

    // Looked up by name a dozen times per verification, never walked in order.
    private final HashMap<String, List<String>> byName;
    private boolean built;

    /**
     * @param expected about how many headers will be added
     */
    public HeadersBuilder(int expected) {
      this.byName = new HashMap<>(2 * expected);
    }

    /** Adds a value; one with a name already added in any case joins that name's values. */
    public HeadersBuilder add(String name, String value) {
      if (built) {
        throw new IllegalStateException("The headers are built already");
      }
      byName.merge(name.toLowerCase(Locale.ROOT), List.of(value), HeadersBuilder::concat);
      return this;
    }

    /** The headers; the builder takes no more after this, so that they stay as they are. */
    public Map<String, List<String>> build() {
      built = true;
      return new LowerCaseHeaders(Collections.unmodifiableMap(byName));
    }

    private static List<String> concat(List<String> first, List<String> second) {
      List<String> both = new ArrayList<>(first);
      both.addAll(second);
      return List.copyOf(both);
    }
  }

  /** Headers that a {@link HeadersBuilder} built: lower-case names, immutable. */
  private static final class LowerCaseHeaders extends AbstractMap<String, List<String>> {

    private final Map<String, List<String>> byName;

    LowerCaseHeaders(Map<String, List<String>> byName) {
      this.byName = byName;
    }

    @Override
    public List<String> get(Object name) {
      return byName.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
      return byName.containsKey(name);
    }

    @Override
    public int size() {
      return byName.size();
    }

    @Override
    public Set<Map.Entry<String, List<String>>> entrySet() {
      return byName.entrySet();
    }
  }

  private static InvalidRequestException notSha256Hex() {
    return InvalidRequestException.validationError(
        "The payload's SHA-256 must be 64 hexadecimal digits.");
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }
}
