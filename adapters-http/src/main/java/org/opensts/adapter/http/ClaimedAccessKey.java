package org.opensts.adapter.http;

import io.micronaut.http.HttpRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensts.application.port.in.admission.AdmitRequestCommand;

/** The access key id a request says it is signed with, read before anything is verified. */
final class ClaimedAccessKey {

  private static final Pattern HEADER_CREDENTIAL = Pattern.compile("Credential=([A-Za-z0-9]+)/");
  private static final Pattern QUERY_CREDENTIAL =
      Pattern.compile("(?:^|&)X-Amz-Credential=([A-Za-z0-9]+)(?:/|%2F)", Pattern.CASE_INSENSITIVE);

  private ClaimedAccessKey() {}

  /** The admission command for the request. */
  static AdmitRequestCommand admission(HttpRequest<?> request) {
    return new AdmitRequestCommand(of(request));
  }

  /** The key of the header or the presigned form; empty for an unsigned request. */
  static Optional<String> of(HttpRequest<?> request) {
    String authorization = request.getHeaders().get("Authorization");
    if (authorization != null) {
      Matcher m = HEADER_CREDENTIAL.matcher(authorization);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    String query = request.getUri().getRawQuery();
    if (query != null) {
      Matcher m = QUERY_CREDENTIAL.matcher(query);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }
}
