package org.opensts.server.operating;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import sun.misc.Signal;

/**
 * SIGTERM stops the server the way an orchestrator expects: the context closes (with {@code
 * micronaut.lifecycle.graceful-shutdown} the HTTP server stops accepting and finishes the requests
 * in flight, then the stores close) and the process exits 0. Should the drain hang, the process
 * still exits after the grace period plus a margin.
 */
public final class GracefulExit {

  private static final Duration MARGIN = Duration.ofSeconds(10);

  private GracefulExit() {}

  /** Installs the SIGTERM handler, and a hook that closes the context on any other exit. */
  public static void install(ApplicationContext context) {
    Duration grace =
        context
            .getProperty("micronaut.lifecycle.graceful-shutdown.grace-period", Duration.class)
            .orElse(Duration.ofSeconds(15));
    Signal.handle(new Signal("TERM"), signal -> terminate(context, grace.plus(MARGIN)));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeIfRunning(context), "shutdown"));
  }

  private static void terminate(ApplicationContext context, Duration bound) {
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(bound.toMillis());
              } catch (InterruptedException e) {
                return;
              }
              Runtime.getRuntime().halt(1);
            },
            "shutdown-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    Thread stopper =
        new Thread(
            () -> {
              closeIfRunning(context);
              System.exit(0);
            },
            "sigterm");
    stopper.start();
  }

  private static void closeIfRunning(ApplicationContext context) {
    if (context.isRunning()) {
      context.close();
    }
  }
}
