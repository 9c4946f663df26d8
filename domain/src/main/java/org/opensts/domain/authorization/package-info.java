/**
 * The authorization message: why a request was denied, as a service encodes it in its error and STS
 * DecodeAuthorizationMessage decodes it for a caller allowed to read it.
 */
package org.opensts.domain.authorization;
