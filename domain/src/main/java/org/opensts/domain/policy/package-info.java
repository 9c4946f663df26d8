/** The IAM policy language and AWS's evaluation logic, as pure functions returning decisions. */
package org.opensts.domain.policy;
