package org.opensts.application.port.in.sts;

/**
 * Use case: AssumeRoot — short-term credentials of a member account's root, scoped by a task
 * policy, for a principal of the organization's management account.
 */
public interface AssumeRootUseCase {

  AssumeRootResult assumeRoot(AssumeRootCommand command);
}
