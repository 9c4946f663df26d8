package org.opensts.application.service;

import org.opensts.application.port.in.sts.GetCallerIdentityCommand;
import org.opensts.application.port.in.sts.GetCallerIdentityResult;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.domain.identity.Principal;

/** GetCallerIdentity: AWS allows it even under an explicit deny, so no policy is consulted. */
final class GetCallerIdentityService implements GetCallerIdentityUseCase {

  @Override
  public GetCallerIdentityResult getCallerIdentity(GetCallerIdentityCommand command) {
    Principal principal = command.caller().principal();
    return new GetCallerIdentityResult(
        principal.account().value(), principal.arn().toString(), principal.userId());
  }
}
