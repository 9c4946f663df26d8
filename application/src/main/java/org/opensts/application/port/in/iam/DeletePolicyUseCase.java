package org.opensts.application.port.in.iam;

/** Use case: DeletePolicy — deletes a managed policy that is attached to nothing. */
public interface DeletePolicyUseCase {

  DeletePolicyResult deletePolicy(DeletePolicyCommand command);
}
