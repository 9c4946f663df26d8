/**
 * Outbound identity federation: the JSON Web Tokens GetWebIdentityToken signs for external
 * services, the keys that sign them, and each account's issuer.
 */
package org.opensts.domain.webtoken;
