package org.opensts.application.port.in.iam;

/** TagUser returns nothing but its request id. */
public record TagUserResult() {}
