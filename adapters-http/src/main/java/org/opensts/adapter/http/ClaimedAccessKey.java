package org.opensts.adapter.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensts.domain.signature.SignedRequest;

/**
 * The access key id a request says it is signed with, read before anything is verified: letters and
 * digits, at most {@value #MAX_LENGTH} of them (IAM's limit), so that no garbage reaches the limits
 * or the audit trail.
 */
final class ClaimedAccessKey {

  static final int MAX_LENGTH = 128;
  private static final String HEADER_CREDENTIAL = "Credential=";
  private static final Pattern QUERY_CREDENTIAL =
      Pattern.compile(
          "(?:^|&)X-Amz-Credential=([A-Za-z0-9]{1," + MAX_LENGTH + "})(?:/|%2F)",
          Pattern.CASE_INSENSITIVE);

  private ClaimedAccessKey() {}

  /** The key of the header or the presigned form; empty for an unsigned request. */
  static Optional<String> of(SignedRequest request) {
    Optional<String> authorization = request.header("authorization");
    if (authorization.isPresent()) {
      Optional<String> key = fromHeader(authorization.get());
      if (key.isPresent()) {
        return key;
      }
    }
    if (!request.rawQuery().isEmpty()) {
      Matcher m = QUERY_CREDENTIAL.matcher(request.rawQuery());
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** The letters and digits between {@code Credential=} and the next {@code /}. */
  private static Optional<String> fromHeader(String authorization) {
    for (int at = authorization.indexOf(HEADER_CREDENTIAL);
        at >= 0;
        at = authorization.indexOf(HEADER_CREDENTIAL, at + 1)) {
      int start = at + HEADER_CREDENTIAL.length();
      int end = start;
      while (end < authorization.length() && isLetterOrDigit(authorization.charAt(end))) {
        end++;
      }
      if (end > start
          && end - start <= MAX_LENGTH
          && end < authorization.length()
          && authorization.charAt(end) == '/') {
        return Optional.of(authorization.substring(start, end));
      }
    }
    return Optional.empty();
  }

  private static boolean isLetterOrDigit(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }
}
