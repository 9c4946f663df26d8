package org.opensts.application.port.in.sts;

/**
 * Use case: AssumeRoleWithSAML — issues temporary credentials for a role to the holder of a SAML
 * assertion from an IAM SAML provider the role trusts.
 */
public interface AssumeRoleWithSamlUseCase {

  AssumeRoleWithSamlResult assumeRoleWithSaml(AssumeRoleWithSamlCommand command);
}
