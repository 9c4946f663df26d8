package org.opensts.domain.signature;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request exactly as it arrived, reduced to what SigV4 signs. Adapters extract it; the
 * verifier never sees a framework type.
 *
 * @param method HTTP method, upper case
 * @param rawPath the path as sent on the wire, still percent-encoded
 * @param rawQuery the query string as sent on the wire (without '?'), empty when absent
 * @param headers header values by name; names are matched case-insensitively
 * @param payload the body bytes, empty when absent
 */
public record SignedRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] payload) {

  public SignedRequest {
    TreeMap<String, List<String>> lowerCased = new TreeMap<>();
    headers.forEach(
        (name, values) ->
            lowerCased
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new java.util.ArrayList<>())
                .addAll(values));
    lowerCased.replaceAll((name, values) -> List.copyOf(values));
    headers = java.util.Collections.unmodifiableMap(lowerCased);
    rawQuery = rawQuery == null ? "" : rawQuery;
    payload = payload == null ? new byte[0] : payload.clone();
  }

  /** All values of a header, matched case-insensitively; empty when absent. */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** The first value of a header, matched case-insensitively. */
  public Optional<String> header(String name) {
    return headerValues(name).stream().findFirst();
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }
}
