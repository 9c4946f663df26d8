package org.opensts.application.port.in.iam;

/** PutRolePolicy returns nothing but its request id. */
public record PutRolePolicyResult() {}
