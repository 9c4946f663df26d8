package org.opensts.application.port.in.iam;

/** DeleteUserPolicy returns nothing but its request id. */
public record DeleteUserPolicyResult() {}
