package org.opensts.domain.signature;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Test fixture: copies of a {@link SignedRequest} with one thing changed, as an attacker would. */
final class SignedRequests {

  private SignedRequests() {}

  static UnaryOperator<SignedRequest> payload(String payload) {
    return r ->
        new SignedRequest(
            r.method(),
            r.rawPath(),
            r.rawQuery(),
            r.headers(),
            payload.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The body replaced by the hex SHA-256 of {@code hashedBody}, as an internal service sends it.
   */
  static UnaryOperator<SignedRequest> payloadSha256Of(String hashedBody) {
    return r ->
        SignedRequest.withPayloadSha256(
            r.method(),
            r.rawPath(),
            r.rawQuery(),
            r.headers(),
            Digests.sha256Hex(hashedBody.getBytes(StandardCharsets.UTF_8)));
  }

  static UnaryOperator<SignedRequest> flipPayloadByte(int index) {
    return r -> {
      byte[] payload = r.payload();
      payload[index] ^= 0x01;
      return new SignedRequest(r.method(), r.rawPath(), r.rawQuery(), r.headers(), payload);
    };
  }

  static UnaryOperator<SignedRequest> rawQuery(UnaryOperator<String> change) {
    return r ->
        new SignedRequest(
            r.method(), r.rawPath(), change.apply(r.rawQuery()), r.headers(), r.payload());
  }

  static UnaryOperator<SignedRequest> rawPath(String rawPath) {
    return r -> new SignedRequest(r.method(), rawPath, r.rawQuery(), r.headers(), r.payload());
  }

  static UnaryOperator<SignedRequest> method(String method) {
    return r -> new SignedRequest(method, r.rawPath(), r.rawQuery(), r.headers(), r.payload());
  }

  static UnaryOperator<SignedRequest> header(String name, String... values) {
    return r -> {
      Map<String, List<String>> headers = new LinkedHashMap<>(r.headers());
      headers.put(name.toLowerCase(Locale.ROOT), List.of(values));
      return new SignedRequest(r.method(), r.rawPath(), r.rawQuery(), headers, r.payload());
    };
  }

  static UnaryOperator<SignedRequest> withoutHeader(String name) {
    return r -> {
      Map<String, List<String>> headers = new LinkedHashMap<>(r.headers());
      headers.remove(name.toLowerCase(Locale.ROOT));
      return new SignedRequest(r.method(), r.rawPath(), r.rawQuery(), headers, r.payload());
    };
  }
}
