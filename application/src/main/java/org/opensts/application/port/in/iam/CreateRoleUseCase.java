package org.opensts.application.port.in.iam;

/** Use case: CreateRole — creates an IAM role with a trust policy in the caller's account. */
public interface CreateRoleUseCase {

  CreateRoleResult createRole(CreateRoleCommand command);
}
