/**
 * Secondary adapter for the {@code AuditTrail} port: CloudTrail-format events as JSON lines in a
 * size-rotated file, written by one thread behind a bounded queue so that requests never wait on
 * the disk.
 */
package org.opensts.adapter.audit;
