package org.opensts.application.port.in.iam;

/** AttachRolePolicy returns nothing but its request id. */
public record AttachRolePolicyResult() {}
