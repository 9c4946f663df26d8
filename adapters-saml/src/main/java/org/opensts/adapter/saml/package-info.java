/**
 * Secondary adapter: reads SAML 2.0 IdP metadata with the JDK's XML parser (no DOCTYPE, no external
 * entities) and the JDK's X.509 certificate factory.
 */
package org.opensts.adapter.saml;
