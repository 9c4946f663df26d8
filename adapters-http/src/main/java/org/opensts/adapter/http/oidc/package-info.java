/**
 * This server as an OpenID Connect issuer: each account's discovery documents, read by anyone who
 * verifies the tokens GetWebIdentityToken signs.
 */
package org.opensts.adapter.http.oidc;
