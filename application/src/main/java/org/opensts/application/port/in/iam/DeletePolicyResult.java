package org.opensts.application.port.in.iam;

/** DeletePolicy returns nothing but its request id. */
public record DeletePolicyResult() {}
