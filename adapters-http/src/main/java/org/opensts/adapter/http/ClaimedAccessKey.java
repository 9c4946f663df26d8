package org.opensts.adapter.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensts.domain.signature.SignedRequest;

/** The access key id a request says it is signed with, read before anything is verified. */
final class ClaimedAccessKey {

  private static final Pattern HEADER_CREDENTIAL = Pattern.compile("Credential=([A-Za-z0-9]+)/");
  private static final Pattern QUERY_CREDENTIAL =
      Pattern.compile("(?:^|&)X-Amz-Credential=([A-Za-z0-9]+)(?:/|%2F)", Pattern.CASE_INSENSITIVE);

  private ClaimedAccessKey() {}

  /** The key of the header or the presigned form; empty for an unsigned request. */
  static Optional<String> of(SignedRequest request) {
    Optional<String> authorization = request.header("Authorization");
    if (authorization.isPresent()) {
      Matcher m = HEADER_CREDENTIAL.matcher(authorization.get());
      if (m.find()) {
        return Optional.of(m.group(1));
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
}
