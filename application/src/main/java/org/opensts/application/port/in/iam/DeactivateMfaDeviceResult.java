package org.opensts.application.port.in.iam;

/** DeactivateMfaDevice returns nothing but its request id. */
public record DeactivateMfaDeviceResult() {}
