package org.opensts.server;

import io.micronaut.runtime.Micronaut;
import org.opensts.server.bootstrap.BootstrapException;

/** Starts the server. A bad bootstrap file stops it with one line saying what is wrong. */
public final class StsServer {

  private StsServer() {}

  public static void main(String[] args) {
    try {
      Micronaut.build(args).mainClass(StsServer.class).banner(false).start();
    } catch (RuntimeException e) {
      BootstrapException bootstrapFailure = BootstrapException.findIn(e);
      if (bootstrapFailure == null) {
        throw e;
      }
      StartupBanner.failure(bootstrapFailure.getMessage());
      System.exit(2);
    }
  }
}
