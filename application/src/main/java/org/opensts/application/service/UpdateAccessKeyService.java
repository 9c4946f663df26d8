package org.opensts.application.service;

import org.opensts.application.port.in.iam.UpdateAccessKeyCommand;
import org.opensts.application.port.in.iam.UpdateAccessKeyResult;
import org.opensts.application.port.in.iam.UpdateAccessKeyUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.Principal;

/** UpdateAccessKey: an inactive key is refused from the very next request on. */
final class UpdateAccessKeyService implements UpdateAccessKeyUseCase {

  private final AccessKeyStore accessKeys;
  private final IamUsers iamUsers;

  UpdateAccessKeyService(AccessKeyStore accessKeys, IamUsers iamUsers) {
    this.accessKeys = accessKeys;
    this.iamUsers = iamUsers;
  }

  @Override
  public UpdateAccessKeyResult updateAccessKey(UpdateAccessKeyCommand command) {
    Principal owner =
        iamUsers.authorizedKeyOwner(command.caller(), "iam:UpdateAccessKey", command.userName());
    AccessKey key = OwnedAccessKeys.find(accessKeys, owner, command.accessKeyId());
    accessKeys.save(
        new AccessKey(key.id(), key.secret(), key.owner(), command.status(), key.createDate()));
    return new UpdateAccessKeyResult();
  }
}
