package org.opensts.application.port.in.iam;

/** TagRole returns nothing but its request id. */
public record TagRoleResult() {}
