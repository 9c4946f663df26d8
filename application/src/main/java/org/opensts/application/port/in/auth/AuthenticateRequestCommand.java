package org.opensts.application.port.in.auth;

import java.util.Objects;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.signature.SignedRequest;

/**
 * A request to authenticate.
 *
 * @param request the request as it arrived
 * @param service the SigV4 service name the endpoint answers for, such as {@code sts}
 * @param origin where the request came from, for the caller's condition keys
 */
public record AuthenticateRequestCommand(
    SignedRequest request, String service, RequestOrigin origin) {

  public AuthenticateRequestCommand {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(origin, "origin");
  }
}
