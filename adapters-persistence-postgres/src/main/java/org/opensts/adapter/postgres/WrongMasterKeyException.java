package org.opensts.adapter.postgres;

/**
 * A sealed value of the database does not open under this node's master key: the node was started
 * with another key than the database was written with. The node stays not ready and says so.
 */
final class WrongMasterKeyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  WrongMasterKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
