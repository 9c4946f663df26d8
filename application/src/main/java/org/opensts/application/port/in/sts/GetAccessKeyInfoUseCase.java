package org.opensts.application.port.in.sts;

/** Use case: GetAccessKeyInfo — tells which account an access key id belongs to. */
public interface GetAccessKeyInfoUseCase {

  GetAccessKeyInfoResult getAccessKeyInfo(GetAccessKeyInfoCommand command);
}
