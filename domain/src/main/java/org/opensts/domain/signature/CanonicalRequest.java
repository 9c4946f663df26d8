package org.opensts.domain.signature;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Task 1 of SigV4: the canonical request, the request rewritten into one unambiguous text
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request).
 *
 * <pre>
 * HTTPMethod\n CanonicalURI\n CanonicalQueryString\n CanonicalHeaders\n SignedHeaders\n HashedPayload
 * </pre>
 *
 * @param method the HTTP method, as sent
 * @param canonicalUri the normalised path, URI-encoded once more (the rule for every service but
 *     S3)
 * @param canonicalQueryString the parameters re-encoded and sorted
 * @param canonicalHeaders one {@code name:value\n} line per signed header, sorted by name
 * @param signedHeaders the signed header names joined with {@code ;}
 * @param hashedPayload hex SHA-256 of the body, or {@code UNSIGNED-PAYLOAD}
 */
public record CanonicalRequest(
    String method,
    String canonicalUri,
    String canonicalQueryString,
    String canonicalHeaders,
    String signedHeaders,
    String hashedPayload) {

  /** The payload hash of a request whose body the signature deliberately does not cover. */
  public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

  static final String X_AMZ_CONTENT_SHA256 = "x-amz-content-sha256";

  private static final Comparator<String[]> BY_NAME_THEN_VALUE =
      Comparator.<String[], String>comparing(pair -> pair[0]).thenComparing(pair -> pair[1]);

  public CanonicalRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(canonicalUri, "canonicalUri");
    Objects.requireNonNull(canonicalQueryString, "canonicalQueryString");
    Objects.requireNonNull(canonicalHeaders, "canonicalHeaders");
    Objects.requireNonNull(signedHeaders, "signedHeaders");
    Objects.requireNonNull(hashedPayload, "hashedPayload");
  }

  /** The canonical request the claimed signature must have been computed over. */
  public static CanonicalRequest from(SignedRequest request, SignatureClaim claim) {
    List<String> headerNames = claim.canonicalSignedHeaders();
    return new CanonicalRequest(
        request.method(),
        canonicalUri(request.rawPath()),
        canonicalQueryString(request.rawQuery(), claim.presigned()),
        canonicalHeaders(request, headerNames),
        String.join(";", headerNames),
        hashedPayload(request, claim.presigned()));
  }

  /** The same request with another payload hash; the verifier's second reading of a URL. */
  CanonicalRequest withHashedPayload(String otherHashedPayload) {
    return new CanonicalRequest(
        method,
        canonicalUri,
        canonicalQueryString,
        canonicalHeaders,
        signedHeaders,
        otherHashedPayload);
  }

  /** Task 2's input: the hex SHA-256 of this canonical request. */
  public String hash() {
    return Digests.sha256Hex(toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The canonical request text itself. */
  @Override
  public String toString() {
    return method
        + '\n'
        + canonicalUri
        + '\n'
        + canonicalQueryString
        + '\n'
        + canonicalHeaders
        + '\n'
        + signedHeaders
        + '\n'
        + hashedPayload;
  }

  /**
   * CanonicalURI: the absolute path with dot segments and empty segments removed (RFC 3986 section
   * 5.2.4, plus AWS's collapse of repeated slashes), then each segment URI-encoded again. Every
   * service but S3 encodes the already-encoded path a second time, so {@code %2F} becomes {@code
   * %252F}. A trailing slash stays only if the path sent had one; an empty path is {@code /}.
   */
  static String canonicalUri(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    List<String> segments = new ArrayList<>();
    int length = rawPath.length();
    int start = 0;
    while (start <= length) {
      int end = rawPath.indexOf('/', start);
      if (end < 0) {
        end = length;
      }
      String segment = rawPath.substring(start, end);
      if (segment.equals("..")) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
      }
      start = end + 1;
    }
    if (segments.isEmpty()) {
      return "/";
    }
    StringBuilder uri = new StringBuilder(rawPath.length() + 16);
    for (String segment : segments) {
      uri.append('/').append(UriEncoding.encode(segment));
    }
    if (rawPath.endsWith("/")) {
      uri.append('/');
    }
    return uri.toString();
  }

  /**
   * CanonicalQueryString: every name and value decoded and URI-encoded again, sorted by name and
   * then by value, joined as {@code name=value} with {@code &}. A parameter without a value gets an
   * empty one; one without a name is not signed. A presigned request's own signature is left out:
   * it cannot sign itself.
   */
  static String canonicalQueryString(String rawQuery, boolean presigned) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (QueryString.Parameter parameter : QueryString.parse(rawQuery).parameters()) {
      String name = UriEncoding.canonicalQueryComponent(parameter.rawName());
      if (name.isEmpty() || presigned && name.equals(SignatureClaim.X_AMZ_SIGNATURE)) {
        continue;
      }
      pairs.add(new String[] {name, UriEncoding.canonicalQueryComponent(parameter.rawValue())});
    }
    pairs.sort(BY_NAME_THEN_VALUE);
    StringBuilder query = new StringBuilder(rawQuery.length() + 16);
    for (String[] pair : pairs) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(pair[0]).append('=').append(pair[1]);
    }
    return query.toString();
  }

  /**
   * CanonicalHeaders: for each signed header, in order, its lower-case name, a colon, and its
   * values trimmed, with inner runs of white space collapsed to one space, joined by commas. A
   * signed header the request lacks contributes an empty value, and the signature will not match.
   */
  static String canonicalHeaders(SignedRequest request, List<String> sortedNames) {
    StringBuilder headers = new StringBuilder(256);
    for (String name : sortedNames) {
      headers.append(name).append(':');
      List<String> values = request.headerValues(name);
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          headers.append(',');
        }
        appendTrimmed(headers, values.get(i));
      }
      headers.append('\n');
    }
    return headers.toString();
  }

  /**
   * HashedPayload: hex SHA-256 of the body. A request may declare {@code x-amz-content-sha256:
   * UNSIGNED-PAYLOAD} (header, or query parameter of a presigned URL) to leave its body out of the
   * signature. Any other declared value stands for the body's hash, so the body's real hash is
   * used: a body swapped under a signed header then fails the signature instead of passing. When
   * the adapter was given only the body's hash, that hash is the body's real hash.
   */
  static String hashedPayload(SignedRequest request, boolean presigned) {
    String declared = request.header(X_AMZ_CONTENT_SHA256).orElse(null);
    if (declared == null && presigned) {
      declared = QueryString.parse(request.rawQuery()).first("X-Amz-Content-Sha256").orElse(null);
    }
    if (UNSIGNED_PAYLOAD.equals(declared)) {
      return UNSIGNED_PAYLOAD;
    }
    return request.bodySha256();
  }

  /**
   * Trim, then collapse runs of white space into one space (the SDK's set of white space). The text
   * between runs is copied at once: a session token header is hundreds of characters.
   */
  private static void appendTrimmed(StringBuilder out, String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isWhiteSpace(value.charAt(start))) {
      start++;
    }
    while (end > start && isWhiteSpace(value.charAt(end - 1))) {
      end--;
    }
    int copied = start;
    for (int i = start; i < end; i++) {
      if (isWhiteSpace(value.charAt(i))) {
        out.append(value, copied, i).append(' ');
        // The run ends before the last character, which is not white space.
        while (isWhiteSpace(value.charAt(i + 1))) {
          i++;
        }
        copied = i + 1;
      }
    }
    out.append(value, copied, end);
  }

  private static boolean isWhiteSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\r' || c == '\f';
  }
}
