package org.opensts.application.port.in.iam;

/** Use case: GetRole — describes a role, with its trust policy, tags and boundary. */
public interface GetRoleUseCase {

  GetRoleResult getRole(GetRoleCommand command);
}
