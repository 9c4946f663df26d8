package org.opensts.server.bootstrap;

/** The bootstrap file cannot be used; the message names the file, the entry and what is wrong. */
public final class BootstrapException extends RuntimeException {

  BootstrapException(String message) {
    super(message, null, false, false);
  }

  /** The bootstrap failure behind a start-up failure, however deeply the framework wrapped it. */
  public static BootstrapException findIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BootstrapException bootstrap) {
        return bootstrap;
      }
    }
    return null;
  }
}
