package org.opensts.application.port.in.iam;

/** DeleteRolePolicy returns nothing but its request id. */
public record DeleteRolePolicyResult() {}
