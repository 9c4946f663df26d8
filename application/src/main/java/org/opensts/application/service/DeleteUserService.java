package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeleteUserCommand;
import org.opensts.application.port.in.iam.DeleteUserResult;
import org.opensts.application.port.in.iam.DeleteUserUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.User;

/** DeleteUser: only a user with nothing left attached, as IAM insists. */
final class DeleteUserService implements DeleteUserUseCase {

  private final UserStore users;
  private final IamUsers iamUsers;
  private final AccessKeyStore accessKeys;
  private final MfaDeviceStore mfaDevices;
  private final ManagedPolicies managedPolicies;

  DeleteUserService(
      UserStore users,
      IamUsers iamUsers,
      AccessKeyStore accessKeys,
      MfaDeviceStore mfaDevices,
      ManagedPolicies managedPolicies) {
    this.users = users;
    this.iamUsers = iamUsers;
    this.accessKeys = accessKeys;
    this.mfaDevices = mfaDevices;
    this.managedPolicies = managedPolicies;
  }

  @Override
  public DeleteUserResult deleteUser(DeleteUserCommand command) {
    User user = iamUsers.authorized(command.caller(), "iam:DeleteUser", command.userName());
    if (!accessKeys.findByOwner(user.principal()).isEmpty()) {
      throw EntityException.deleteConflict("Cannot delete entity, must delete access keys first.");
    }
    boolean hasMfaDevice =
        mfaDevices.list(user.account()).stream()
            .anyMatch(device -> device.userName().filter(user.name()::equals).isPresent());
    if (hasMfaDevice) {
      throw EntityException.deleteConflict("Cannot delete entity, must remove MFA device first.");
    }
    if (!user.inlinePolicies().isEmpty()) {
      throw EntityException.deleteConflict("Cannot delete entity, must delete policies first.");
    }
    managedPolicies.checkNoneAttached(user.principal().arn().toString());
    users.delete(user.account(), user.name());
    return new DeleteUserResult();
  }
}
