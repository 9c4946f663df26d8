package org.opensts.domain.credential;

import java.util.Objects;

/**
 * Where a request came from, as policies see it: {@code aws:SourceIp}, {@code aws:SecureTransport}
 * and {@code aws:UserAgent}.
 *
 * @param sourceIp the client's IP address as text
 * @param userAgent the User-Agent header, empty when absent
 */
public record RequestOrigin(String sourceIp, boolean secureTransport, String userAgent) {

  public RequestOrigin {
    Objects.requireNonNull(sourceIp, "sourceIp");
    userAgent = userAgent == null ? "" : userAgent;
  }
}
