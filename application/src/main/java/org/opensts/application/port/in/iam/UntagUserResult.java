package org.opensts.application.port.in.iam;

/** UntagUser returns nothing but its request id. */
public record UntagUserResult() {}
