package org.opensts.application.port.in.admin;

/**
 * Use case: create (or replace) an account with its root keys, users and roles in one step, as the
 * bootstrap file and the demo account describe them.
 */
public interface ProvisionAccountUseCase {

  /**
   * @throws org.opensts.domain.error.InvalidRequestException naming the entry and what is wrong
   * @throws org.opensts.domain.error.MalformedPolicyDocumentException for a bad policy document
   */
  ProvisionAccountResult provision(ProvisionAccountCommand command);
}
