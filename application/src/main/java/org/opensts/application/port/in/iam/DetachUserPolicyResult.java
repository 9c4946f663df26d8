package org.opensts.application.port.in.iam;

/** DetachUserPolicy returns nothing but its request id. */
public record DetachUserPolicyResult() {}
