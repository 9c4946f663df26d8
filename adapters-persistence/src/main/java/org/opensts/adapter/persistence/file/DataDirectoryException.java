package org.opensts.adapter.persistence.file;

/**
 * The data directory cannot be used: it is locked by another process, a file in it is corrupt (the
 * message names the file and byte offset), or a write or fsync failed.
 */
public final class DataDirectoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DataDirectoryException(String message) {
    super(message);
  }

  public DataDirectoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
