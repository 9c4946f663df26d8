package org.opensts.application.port.in.iam;

/** PutUserPolicy returns nothing but its request id. */
public record PutUserPolicyResult() {}
