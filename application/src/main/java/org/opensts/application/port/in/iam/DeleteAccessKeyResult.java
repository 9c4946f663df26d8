package org.opensts.application.port.in.iam;

/** DeleteAccessKey returns nothing but its request id. */
public record DeleteAccessKeyResult() {}
