/**
 * Primary (inbound) ports of this server as an OpenID Connect issuer: the discovery documents of
 * each account's issuer, and the rotation of the keys its tokens are signed with.
 */
package org.opensts.application.port.in.oidc;
