package org.opensts.application.port.in.iam;

/** DeleteRole returns nothing but its request id. */
public record DeleteRoleResult() {}
