/**
 * IAM entities that carry policies: users and roles, with the rules on their names and sessions.
 */
package org.opensts.domain.iam;
