package org.opensts.application.port.in.iam;

/** UpdateAssumeRolePolicy returns nothing but its request id. */
public record UpdateAssumeRolePolicyResult() {}
