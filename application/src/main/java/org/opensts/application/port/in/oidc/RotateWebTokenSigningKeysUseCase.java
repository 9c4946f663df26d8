package org.opensts.application.port.in.oidc;

/**
 * Use case: rotate the keys web identity tokens are signed with, one of each algorithm, and prune
 * retired keys no token they signed can outlive.
 */
public interface RotateWebTokenSigningKeysUseCase {

  RotateWebTokenSigningKeysResult rotate(RotateWebTokenSigningKeysCommand command);
}
