package org.opensts.application.port.in.sts;

/**
 * Use case: AssumeRole — issues temporary credentials for a role the caller is trusted to assume.
 */
public interface AssumeRoleUseCase {

  AssumeRoleResult assumeRole(AssumeRoleCommand command);
}
