package org.opensts.domain.signature;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.opensts.domain.error.AuthenticationException;

/**
 * What a request claims about its own signature, read from the {@code Authorization} header or from
 * the presigned query parameters. Nothing in it is trusted until {@link SignatureV4#verify} has
 * recomputed the signature.
 *
 * @param accessKeyId the access key the request says it was signed with
 * @param scope the credential scope the signing key was derived for
 * @param signedHeaders the header names the signature covers, lower case, in the order sent
 * @param signature the hex signature sent
 * @param requestTime X-Amz-Date (header or query parameter), or the {@code Date} header when
 *     X-Amz-Date is absent
 * @param securityToken X-Amz-Security-Token, present with temporary credentials
 * @param expires X-Amz-Expires of a presigned request
 * @param presigned whether the signature came in the query string rather than a header
 */
public record SignatureClaim(
    String accessKeyId,
    CredentialScope scope,
    List<String> signedHeaders,
    String signature,
    Instant requestTime,
    Optional<String> securityToken,
    Optional<Duration> expires,
    boolean presigned) {

  /** The only algorithm SigV4 defines (SigV4a's ECDSA variant is not supported). */
  public static final String ALGORITHM = "AWS4-HMAC-SHA256";

  static final String X_AMZ_ALGORITHM = "X-Amz-Algorithm";
  static final String X_AMZ_CREDENTIAL = "X-Amz-Credential";
  static final String X_AMZ_DATE = "X-Amz-Date";
  static final String X_AMZ_SIGNED_HEADERS = "X-Amz-SignedHeaders";
  static final String X_AMZ_SIGNATURE = "X-Amz-Signature";
  static final String X_AMZ_EXPIRES = "X-Amz-Expires";
  static final String X_AMZ_SECURITY_TOKEN = "X-Amz-Security-Token";

  // Header names in lower case, as SignedRequest keeps them (no lower-casing per lookup).
  private static final String AUTHORIZATION = "authorization";
  private static final String DATE = "date";
  private static final String X_AMZ_DATE_HEADER = "x-amz-date";
  private static final String X_AMZ_SECURITY_TOKEN_HEADER = "x-amz-security-token";
  private static final String CREDENTIAL = "Credential";
  private static final String SIGNED_HEADERS = "SignedHeaders";
  private static final String SIGNATURE = "Signature";

  public SignatureClaim {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(scope, "scope");
    signedHeaders = List.copyOf(signedHeaders);
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(requestTime, "requestTime");
    Objects.requireNonNull(securityToken, "securityToken");
    Objects.requireNonNull(expires, "expires");
  }

  /**
   * Reads the claim of a request, in header form or presigned form.
   *
   * @throws AuthenticationException MissingAuthenticationToken when the request carries neither
   *     form; IncompleteSignature when the form it carries is incomplete or malformed
   */
  public static SignatureClaim from(SignedRequest request) {
    Optional<String> authorization =
        request.header(AUTHORIZATION).filter(value -> !value.isBlank());
    QueryString query = QueryString.parse(request.rawQuery());
    boolean presigned = query.has(X_AMZ_ALGORITHM) || query.has(X_AMZ_SIGNATURE);
    if (authorization.isPresent() && presigned) {
      throw AuthenticationException.incompleteSignature(
          "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature"
              + " query string parameter or the Authorization header should be specified");
    }
    if (authorization.isPresent()) {
      return fromAuthorizationHeader(authorization.get(), request, query);
    }
    if (presigned) {
      return fromQueryParameters(query, request);
    }
    throw AuthenticationException.missingAuthenticationToken();
  }

  /** The signed header names as the canonical request lists them: sorted, without repeats. */
  public List<String> canonicalSignedHeaders() {
    for (int i = 1; i < signedHeaders.size(); i++) {
      if (signedHeaders.get(i - 1).compareTo(signedHeaders.get(i)) >= 0) {
        return signedHeaders.stream().sorted().distinct().toList();
      }
    }
    // SDKs send them sorted already.
    return signedHeaders;
  }

  // Header form: Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#add-signature-to-request
  private static SignatureClaim fromAuthorizationHeader(
      String header, SignedRequest request, QueryString query) {
    String value = header.trim();
    int space = value.indexOf(' ');
    String scheme = space < 0 ? value : value.substring(0, space);
    String credential = null;
    String signedHeaders = null;
    String signature = null;
    if (scheme.equals(ALGORITHM)) {
      // Comma-separated key=value pairs, each trimmed; read in place, no split and trim copies.
      int end = value.length();
      for (int start = scheme.length(); start <= end; ) {
        int comma = value.indexOf(',', start);
        int partEnd = comma < 0 ? end : comma;
        int from = skipSpace(value, start, partEnd);
        int to = trimEnd(value, from, partEnd);
        start = partEnd + 1;
        if (from == to) {
          continue;
        }
        int equals = value.indexOf('=', from);
        if (equals < 0 || equals >= to) {
          throw AuthenticationException.incompleteSignature(
              "'"
                  + value.substring(from, to)
                  + "' not a valid key=value pair (missing equal-sign) in Authorization header: '"
                  + header
                  + "'.");
        }
        int keyEnd = trimEnd(value, from, equals);
        String pairValue = value.substring(skipSpace(value, equals + 1, to), to);
        if (isKey(value, from, keyEnd, CREDENTIAL) && credential == null) {
          credential = pairValue;
        } else if (isKey(value, from, keyEnd, SIGNED_HEADERS) && signedHeaders == null) {
          signedHeaders = pairValue;
        } else if (isKey(value, from, keyEnd, SIGNATURE) && signature == null) {
          signature = pairValue;
        }
      }
    }
    Optional<String> amzDate = request.header(X_AMZ_DATE_HEADER);
    Optional<String> date = amzDate.isPresent() ? amzDate : request.header(DATE);
    StringBuilder missing = new StringBuilder();
    requireAuthorizationParameter(missing, CREDENTIAL, credential);
    requireAuthorizationParameter(missing, SIGNATURE, signature);
    requireAuthorizationParameter(missing, SIGNED_HEADERS, signedHeaders);
    if (date.isEmpty()) {
      missing.append(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
    }
    if (missing.length() > 0) {
      throw AuthenticationException.incompleteSignature(missing + "Authorization=" + header);
    }
    Instant requestTime =
        amzDate.isPresent()
            ? parseAmzDate(date.get())
            : SigV4Time.parseHttpDate(date.get()).orElseThrow(() -> invalidDate(date.get()));
    Credential parsed = Credential.parse(credential);
    return new SignatureClaim(
        parsed.accessKeyId(),
        parsed.scope(),
        parseSignedHeaders(signedHeaders),
        signature,
        requestTime,
        request.header(X_AMZ_SECURITY_TOKEN_HEADER).or(() -> query.first(X_AMZ_SECURITY_TOKEN)),
        Optional.empty(),
        false);
  }

  // Presigned form: the same facts as query parameters.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#add-signature-to-request
  private static SignatureClaim fromQueryParameters(QueryString query, SignedRequest request) {
    Optional<String> algorithm = query.first(X_AMZ_ALGORITHM);
    Optional<String> credential = query.first(X_AMZ_CREDENTIAL);
    Optional<String> signature = query.first(X_AMZ_SIGNATURE);
    Optional<String> signedHeaders = query.first(X_AMZ_SIGNED_HEADERS);
    Optional<String> date = query.first(X_AMZ_DATE);
    StringBuilder missing = new StringBuilder();
    requireQueryParameter(missing, X_AMZ_ALGORITHM, algorithm);
    requireQueryParameter(missing, X_AMZ_CREDENTIAL, credential);
    requireQueryParameter(missing, X_AMZ_SIGNATURE, signature);
    requireQueryParameter(missing, X_AMZ_SIGNED_HEADERS, signedHeaders);
    requireQueryParameter(missing, X_AMZ_DATE, date);
    if (missing.length() > 0) {
      throw AuthenticationException.incompleteSignature(
          missing + "Re-examine the query-string parameters.");
    }
    if (!algorithm.get().equals(ALGORITHM)) {
      throw AuthenticationException.incompleteSignature(
          "X-Amz-Algorithm only supports \"" + ALGORITHM + "\"");
    }
    Credential parsed = Credential.parse(credential.get());
    return new SignatureClaim(
        parsed.accessKeyId(),
        parsed.scope(),
        parseSignedHeaders(signedHeaders.get()),
        signature.get(),
        parseAmzDate(date.get()),
        query.first(X_AMZ_SECURITY_TOKEN).or(() -> request.header(X_AMZ_SECURITY_TOKEN_HEADER)),
        query.first(X_AMZ_EXPIRES).map(SignatureClaim::parseExpires),
        true);
  }

  /** The first index from {@code from} on that {@link String#trim} would keep. */
  private static int skipSpace(String value, int from, int to) {
    while (from < to && value.charAt(from) <= ' ') {
      from++;
    }
    return from;
  }

  /** The end of {@code value[from, to)} once {@link String#trim} has removed its tail. */
  private static int trimEnd(String value, int from, int to) {
    while (to > from && value.charAt(to - 1) <= ' ') {
      to--;
    }
    return to;
  }

  private static boolean isKey(String value, int from, int to, String key) {
    return to - from == key.length() && value.startsWith(key, from);
  }

  private static void requireAuthorizationParameter(
      StringBuilder missing, String name, String value) {
    if (value == null) {
      missing.append("Authorization header requires '").append(name).append("' parameter. ");
    }
  }

  private static void requireQueryParameter(
      StringBuilder missing, String name, Optional<String> value) {
    if (value.isEmpty()) {
      missing.append("AWS query-string parameters must include '").append(name).append("'. ");
    }
  }

  /**
   * Lower-cases and splits {@code host;x-amz-date}. The host must be signed: without it a signature
   * could be replayed against another endpoint.
   */
  private static List<String> parseSignedHeaders(String value) {
    List<String> names = new ArrayList<>();
    int start = 0;
    while (start <= value.length()) {
      int end = value.indexOf(';', start);
      if (end < 0) {
        end = value.length();
      }
      if (end > start) {
        names.add(value.substring(start, end).toLowerCase(Locale.ROOT));
      }
      start = end + 1;
    }
    if (!names.contains("host") && !names.contains(":authority")) {
      throw AuthenticationException.incompleteSignature(
          "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    return names;
  }

  private static Instant parseAmzDate(String value) {
    return SigV4Time.parseBasic(value).orElseThrow(() -> invalidDate(value));
  }

  private static AuthenticationException invalidDate(String value) {
    return AuthenticationException.incompleteSignature(
        "Date must be in ISO-8601 'basic format'. Got '"
            + value
            + "'. See http://en.wikipedia.org/wiki/ISO_8601");
  }

  /** Seconds, as digits only; the allowed range is checked with the request's freshness. */
  private static Duration parseExpires(String value) {
    if (value.isEmpty() || value.length() > 18 || !SigV4Time.allDigits(value, 0, value.length())) {
      throw AuthenticationException.incompleteSignature(
          "X-Amz-Expires should be a number of seconds between 1 and "
              + SignatureV4.MAX_PRESIGNED_EXPIRY.toSeconds()
              + ", not '"
              + value
              + "'.");
    }
    return Duration.ofSeconds(Long.parseLong(value));
  }

  /** {@code AccessKeyId/yyyymmdd/region/service/aws4_request}. */
  private record Credential(String accessKeyId, CredentialScope scope) {

    static Credential parse(String value) {
      int slash = value.indexOf('/');
      if (slash <= 0) {
        throw CredentialScope.malformed(value);
      }
      return new Credential(
          value.substring(0, slash), CredentialScope.parse(value.substring(slash + 1), value));
    }
  }
}
