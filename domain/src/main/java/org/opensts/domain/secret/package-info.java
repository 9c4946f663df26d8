/** Secrets at rest: the operator's master key and the sealing of one value under it. */
package org.opensts.domain.secret;
