package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeleteAccessKeyCommand;
import org.opensts.application.port.in.iam.DeleteAccessKeyResult;
import org.opensts.application.port.in.iam.DeleteAccessKeyUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.Principal;

/** DeleteAccessKey: gone from the very next request on. */
final class DeleteAccessKeyService implements DeleteAccessKeyUseCase {

  private final AccessKeyStore accessKeys;
  private final IamUsers iamUsers;

  DeleteAccessKeyService(AccessKeyStore accessKeys, IamUsers iamUsers) {
    this.accessKeys = accessKeys;
    this.iamUsers = iamUsers;
  }

  @Override
  public DeleteAccessKeyResult deleteAccessKey(DeleteAccessKeyCommand command) {
    Principal owner =
        iamUsers.authorizedKeyOwner(command.caller(), "iam:DeleteAccessKey", command.userName());
    AccessKey key = OwnedAccessKeys.find(accessKeys, owner, command.accessKeyId());
    accessKeys.delete(key.id());
    return new DeleteAccessKeyResult();
  }
}
