/**
 * Primary (inbound) ports for the IAM admin operations: one use case, command and result per
 * operation.
 */
package org.opensts.application.port.in.iam;
