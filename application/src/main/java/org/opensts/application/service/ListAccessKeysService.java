package org.opensts.application.service;

import org.opensts.application.port.in.iam.ListAccessKeysCommand;
import org.opensts.application.port.in.iam.ListAccessKeysResult;
import org.opensts.application.port.in.iam.ListAccessKeysUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.Principal;

/** ListAccessKeys: a user's (or the root's) keys, without secrets, page by page. */
final class ListAccessKeysService implements ListAccessKeysUseCase {

  private final AccessKeyStore accessKeys;
  private final IamUsers iamUsers;

  ListAccessKeysService(AccessKeyStore accessKeys, IamUsers iamUsers) {
    this.accessKeys = accessKeys;
    this.iamUsers = iamUsers;
  }

  @Override
  public ListAccessKeysResult listAccessKeys(ListAccessKeysCommand command) {
    Principal owner =
        iamUsers.authorizedKeyOwner(command.caller(), "iam:ListAccessKeys", command.userName());
    Pagination.Slice<AccessKey> slice =
        Pagination.page(
            accessKeys.findByOwner(owner),
            key -> key.id().value(),
            command.marker(),
            command.maxItems());
    return new ListAccessKeysResult(slice.items(), slice.truncated(), slice.marker());
  }
}
