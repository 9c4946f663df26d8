package org.opensts.application.port.in.iam;

/** AttachUserPolicy returns nothing but its request id. */
public record AttachUserPolicyResult() {}
