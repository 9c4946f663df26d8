/** Accounts: the owners of every identity and policy. */
package org.opensts.domain.account;
