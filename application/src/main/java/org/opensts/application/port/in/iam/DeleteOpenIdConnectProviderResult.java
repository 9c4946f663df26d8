package org.opensts.application.port.in.iam;

/** DeleteOpenIdConnectProvider returns nothing but its request id. */
public record DeleteOpenIdConnectProviderResult() {}
