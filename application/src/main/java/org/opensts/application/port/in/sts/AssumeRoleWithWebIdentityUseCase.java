package org.opensts.application.port.in.sts;

/**
 * Use case: AssumeRoleWithWebIdentity — issues temporary credentials for a role that trusts the
 * OpenID Connect provider whose signed ID token the unsigned request carries.
 */
public interface AssumeRoleWithWebIdentityUseCase {

  AssumeRoleWithWebIdentityResult assumeRoleWithWebIdentity(
      AssumeRoleWithWebIdentityCommand command);
}
