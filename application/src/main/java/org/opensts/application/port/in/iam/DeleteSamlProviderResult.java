package org.opensts.application.port.in.iam;

/** DeleteSamlProvider returns nothing but its request id. */
public record DeleteSamlProviderResult() {}
