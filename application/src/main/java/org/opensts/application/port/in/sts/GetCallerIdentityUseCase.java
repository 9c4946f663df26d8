package org.opensts.application.port.in.sts;

/** Use case: GetCallerIdentity — tells callers who they are. Needs no permission. */
public interface GetCallerIdentityUseCase {

  GetCallerIdentityResult getCallerIdentity(GetCallerIdentityCommand command);
}
