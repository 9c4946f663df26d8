package org.opensts.application.port.in.iam;

/** UntagRole returns nothing but its request id. */
public record UntagRoleResult() {}
