package org.opensts.application.port.in.auth;

import java.util.Objects;
import org.opensts.domain.signature.SignedRequest;

/**
 * A request to authenticate.
 *
 * @param request the request as it arrived
 * @param service the SigV4 service name the endpoint answers for, such as {@code sts}
 */
public record AuthenticateRequestCommand(SignedRequest request, String service) {

  public AuthenticateRequestCommand {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(service, "service");
  }
}
