package org.opensts.application.port.in.iam;

/** DeleteVirtualMfaDevice returns nothing but its request id. */
public record DeleteVirtualMfaDeviceResult() {}
