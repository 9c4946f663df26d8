/** Identities: principals, users, roles, their names, ARNs and access keys. */
package org.opensts.domain.identity;
