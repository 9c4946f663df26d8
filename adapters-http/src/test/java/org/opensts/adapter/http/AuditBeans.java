package org.opensts.adapter.http;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.opensts.application.port.out.AuditTrail;

/** The beans the controller's audit needs in the slice: a trail that keeps nothing, a clock. */
@Factory
final class AuditBeans {

  @Singleton
  AuditTrail auditTrail() {
    return AuditTrail.NONE;
  }

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
