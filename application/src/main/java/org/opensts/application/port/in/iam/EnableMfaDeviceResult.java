package org.opensts.application.port.in.iam;

/** EnableMfaDevice returns nothing but its request id. */
public record EnableMfaDeviceResult() {}
