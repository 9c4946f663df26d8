package org.opensts.application.port.in.iam;

/** UpdateRole returns nothing but its request id. */
public record UpdateRoleResult() {}
