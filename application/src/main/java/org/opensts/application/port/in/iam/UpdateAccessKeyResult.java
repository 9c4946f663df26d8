package org.opensts.application.port.in.iam;

/** UpdateAccessKey returns nothing but its request id. */
public record UpdateAccessKeyResult() {}
