/**
 * Organizations as centralized root access needs them: a management account, its member accounts,
 * and the root access features enabled for them.
 */
package org.opensts.domain.organization;
