package org.opensts.application.port.in.iam;

/** DetachRolePolicy returns nothing but its request id. */
public record DetachRolePolicyResult() {}
