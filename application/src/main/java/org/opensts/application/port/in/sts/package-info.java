/**
 * Primary (inbound) ports for the STS operations: one use case, command and result per operation.
 */
package org.opensts.application.port.in.sts;
