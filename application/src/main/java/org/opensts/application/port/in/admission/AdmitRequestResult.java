package org.opensts.application.port.in.admission;

import java.util.Objects;

/**
 * An admitted request's place, held until its response is ready; closing gives it back, once
 * however often it is closed.
 *
 * @param release gives the place back; must tolerate being called more than once
 */
public record AdmitRequestResult(Runnable release) implements AutoCloseable {

  public AdmitRequestResult {
    Objects.requireNonNull(release, "release");
  }

  @Override
  public void close() {
    release.run();
  }
}
