package org.opensts.application.port.in.iam;

/** Use case: CreateAccessKey — creates a long-term access key for a user (or the calling user). */
public interface CreateAccessKeyUseCase {

  CreateAccessKeyResult createAccessKey(CreateAccessKeyCommand command);
}
