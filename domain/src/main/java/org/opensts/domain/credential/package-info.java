/**
 * Temporary credentials, the sessions they stand for, and the sealed session token that carries
 * them.
 */
package org.opensts.domain.credential;
