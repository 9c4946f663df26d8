package org.opensts.application.port.out;

/**
 * Capability: keeps one {@link AuditEvent} per STS or IAM request, allowed or denied, for operators
 * to see who got which credentials. Implementations must not block the caller for long nor fail the
 * request: an event that cannot be kept is counted and dropped.
 */
public interface AuditTrail {

  void record(AuditEvent event);

  /** A trail that keeps nothing, for wiring without auditing. */
  AuditTrail NONE = event -> {};
}
