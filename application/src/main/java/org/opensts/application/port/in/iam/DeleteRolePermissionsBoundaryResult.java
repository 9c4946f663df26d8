package org.opensts.application.port.in.iam;

/** DeleteRolePermissionsBoundary returns nothing but its request id. */
public record DeleteRolePermissionsBoundaryResult() {}
