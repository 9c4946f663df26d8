package org.opensts.application.port.in.iam;

/** Use case: ListAccessKeys — lists a user's access keys without their secrets. */
public interface ListAccessKeysUseCase {

  ListAccessKeysResult listAccessKeys(ListAccessKeysCommand command);
}
