package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeleteUserCommand;
import org.opensts.application.port.in.iam.DeleteUserResult;
import org.opensts.application.port.in.iam.DeleteUserUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.User;

/** DeleteUser: only a user with nothing left attached, as IAM insists. */
final class DeleteUserService implements DeleteUserUseCase {

  private final UserStore users;
  private final IamUsers iamUsers;
  private final AccessKeyStore accessKeys;
  private final ManagedPolicies managedPolicies;

  DeleteUserService(
      UserStore users,
      IamUsers iamUsers,
      AccessKeyStore accessKeys,
      ManagedPolicies managedPolicies) {
    this.users = users;
    this.iamUsers = iamUsers;
    this.accessKeys = accessKeys;
    this.managedPolicies = managedPolicies;
  }

  @Override
  public DeleteUserResult deleteUser(DeleteUserCommand command) {
    User user = iamUsers.authorized(command.caller(), "iam:DeleteUser", command.userName());
    if (!accessKeys.findByOwner(user.principal()).isEmpty()) {
      throw EntityException.deleteConflict("Cannot delete entity, must delete access keys first.");
    }
    if (!user.inlinePolicies().isEmpty()) {
      throw EntityException.deleteConflict("Cannot delete entity, must delete policies first.");
    }
    managedPolicies.checkNoneAttached(user.principal().arn().toString());
    users.delete(user.account(), user.name());
    return new DeleteUserResult();
  }
}
