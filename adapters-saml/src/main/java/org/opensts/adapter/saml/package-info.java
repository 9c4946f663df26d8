/**
 * Secondary adapter: reads SAML 2.0 IdP metadata and verifies AssumeRoleWithSAML responses with the
 * JDK alone — its XML parser (no DOCTYPE, no external entities), its X.509 certificate factory and
 * its XML Digital Signature (secure validation, metadata keys only).
 */
package org.opensts.adapter.saml;
