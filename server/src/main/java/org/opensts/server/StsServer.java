package org.opensts.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.opensts.server.bootstrap.BootstrapException;
import org.opensts.server.operating.GracefulExit;

/**
 * Starts the server. A bad bootstrap file or setting stops it with one line saying what is wrong
 * (exit code 2), not with the framework's stack trace.
 */
public final class StsServer {

  private StsServer() {}

  public static void main(String[] args) {
    try {
      ApplicationContext context =
          ApplicationContext.builder().mainClass(StsServer.class).args(args).start();
      GracefulExit.install(context);
      context.getBean(EmbeddedServer.class).start();
    } catch (RuntimeException e) {
      String explanation = explanation(e);
      if (explanation == null) {
        throw e;
      }
      StartupBanner.failure(explanation);
      System.exit(2);
    }
  }

  /** What the operator must fix, when the failure is a bad bootstrap file or setting. */
  private static String explanation(Throwable failure) {
    BootstrapException bootstrap = BootstrapException.findIn(failure);
    if (bootstrap != null) {
      return bootstrap.getMessage();
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConfigurationException setting) {
        return setting.getMessage();
      }
    }
    return null;
  }
}
