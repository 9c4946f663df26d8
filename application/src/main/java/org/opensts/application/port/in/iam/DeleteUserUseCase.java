package org.opensts.application.port.in.iam;

/** Use case: DeleteUser — deletes a user that has no access keys or policies left. */
public interface DeleteUserUseCase {

  DeleteUserResult deleteUser(DeleteUserCommand command);
}
