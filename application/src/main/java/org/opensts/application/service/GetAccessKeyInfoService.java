package org.opensts.application.service;

import org.opensts.application.port.in.sts.GetAccessKeyInfoCommand;
import org.opensts.application.port.in.sts.GetAccessKeyInfoResult;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.identity.AccessKeyId;

/**
 * GetAccessKeyInfo: the account is read from the key id itself, as AWS encodes it, so it answers
 * for long-term and temporary keys alike and says nothing about whether the key is active. A key
 * the stores know (such as a hand-written one in a bootstrap file) is answered from its owner.
 */
final class GetAccessKeyInfoService implements GetAccessKeyInfoUseCase {

  private final AccessKeyStore accessKeys;

  GetAccessKeyInfoService(AccessKeyStore accessKeys) {
    this.accessKeys = accessKeys;
  }

  @Override
  public GetAccessKeyInfoResult getAccessKeyInfo(GetAccessKeyInfoCommand command) {
    AccessKeyId id = new AccessKeyId(command.accessKeyId());
    String account =
        accessKeys
            .find(id)
            .map(key -> key.owner().account())
            .or(id::encodedAccount)
            .orElseThrow(
                () ->
                    InvalidRequestException.invalidParameterValue(
                        "The access key ID " + command.accessKeyId() + " is not valid."))
            .value();
    return new GetAccessKeyInfoResult(account);
  }
}
