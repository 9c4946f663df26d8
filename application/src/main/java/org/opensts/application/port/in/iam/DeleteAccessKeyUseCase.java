package org.opensts.application.port.in.iam;

/** Use case: DeleteAccessKey — deletes an access key; it is refused on the very next request. */
public interface DeleteAccessKeyUseCase {

  DeleteAccessKeyResult deleteAccessKey(DeleteAccessKeyCommand command);
}
