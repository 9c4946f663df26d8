package org.opensts.application.port.in.iam;

/** Use case: DeleteUserPolicy — deletes an inline policy of a user. */
public interface DeleteUserPolicyUseCase {

  DeleteUserPolicyResult deleteUserPolicy(DeleteUserPolicyCommand command);
}
