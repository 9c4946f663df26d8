package org.opensts.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.opensts.server.bootstrap.BootstrapException;
import org.opensts.server.operating.GracefulExit;

/**
 * Starts the server. A bad bootstrap file stops it with one line saying what is wrong, not with the
 * framework's stack trace.
 */
public final class StsServer {

  private StsServer() {}

  public static void main(String[] args) {
    ApplicationContext context;
    try {
      context = ApplicationContext.builder().mainClass(StsServer.class).args(args).start();
    } catch (RuntimeException e) {
      BootstrapException bootstrapFailure = BootstrapException.findIn(e);
      if (bootstrapFailure == null) {
        throw e;
      }
      StartupBanner.failure(bootstrapFailure.getMessage());
      System.exit(2);
      return;
    }
    GracefulExit.install(context);
    context.getBean(EmbeddedServer.class).start();
  }
}
