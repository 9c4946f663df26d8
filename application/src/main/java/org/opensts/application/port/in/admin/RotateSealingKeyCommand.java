package org.opensts.application.port.in.admin;

/**
 * Rotate the session-token sealing key. It carries nothing: the new key is generated, and the
 * application's clock decides which retired keys are old enough to prune. An operator's command,
 * not an AWS API: there is no caller to authorize.
 */
public record RotateSealingKeyCommand() {}
