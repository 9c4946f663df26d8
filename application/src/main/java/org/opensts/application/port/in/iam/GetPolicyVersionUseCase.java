package org.opensts.application.port.in.iam;

/** Use case: GetPolicyVersion — returns the document of a version of a managed policy. */
public interface GetPolicyVersionUseCase {

  GetPolicyVersionResult getPolicyVersion(GetPolicyVersionCommand command);
}
