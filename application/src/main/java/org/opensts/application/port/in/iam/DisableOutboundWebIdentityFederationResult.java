package org.opensts.application.port.in.iam;

/** DisableOutboundWebIdentityFederation returns nothing but its request id. */
public record DisableOutboundWebIdentityFederationResult() {}
