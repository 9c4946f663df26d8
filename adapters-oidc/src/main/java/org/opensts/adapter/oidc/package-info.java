/**
 * Secondary adapter: verifies OpenID Connect ID tokens (compact JWS) with the JDK's signatures and
 * the issuer's published keys (discovery document, then JWKS over HTTPS), or keys given inline.
 */
package org.opensts.adapter.oidc;
