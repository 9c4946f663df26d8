package org.opensts.application.port.in.iam;

/** DeleteUser returns nothing but its request id. */
public record DeleteUserResult() {}
