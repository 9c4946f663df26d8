package org.opensts.application.port.in.iam;

/** PutRolePermissionsBoundary returns nothing but its request id. */
public record PutRolePermissionsBoundaryResult() {}
