package org.opensts.application.port.in.oidc;

/**
 * Rotate the web token signing keys. An operator's command, not an AWS API: there is no caller to
 * authorize, and the application's clock decides which retired keys are old enough to prune.
 */
public record RotateWebTokenSigningKeysCommand() {}
