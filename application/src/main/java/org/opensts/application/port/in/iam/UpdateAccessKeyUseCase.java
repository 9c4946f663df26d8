package org.opensts.application.port.in.iam;

/** Use case: UpdateAccessKey — activates or deactivates an access key. */
public interface UpdateAccessKeyUseCase {

  UpdateAccessKeyResult updateAccessKey(UpdateAccessKeyCommand command);
}
