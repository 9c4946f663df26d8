package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one writer of the data directory: every change runs under its lock, is applied to the
 * in-memory state and queued on the {@link DurableLog} (which fixes its order); the lock is then
 * released and the change waits for its batch to be fsynced before it returns, so that writers
 * queued meanwhile share one fsync (group commit). It also keeps the latest record of every entity,
 * from which it writes a snapshot after every {@code compactEvery} appends.
 *
 * <h2>What readers see</h2>
 *
 * <p>Reads do not take the lock: they read the in-memory state, which holds a change from the
 * moment it is queued. A reader may therefore see a change a few milliseconds before it is on disk
 * and before its writer returns (write-behind). A change is never acknowledged to its writer before
 * it is durable, and a crash in that window loses only changes nobody was told had succeeded.
 *
 * <h2>Failures</h2>
 *
 * <p>When the change cannot be queued (the log already refuses appends), the entity's before-image
 * is put back under the lock and the failure is thrown. When the write or fsync of its batch fails,
 * the lock has been released and later writers may have changed the same entity, so putting the
 * before-image back is no longer safe: the journal is marked <em>failed</em> instead. The failure
 * is thrown to that writer and to every writer of the same batch, and every later change is refused
 * with it, before it touches memory. Reads are still served, from memory that may hold the changes
 * of the failed batch; restart the server to get back to exactly what is on disk.
 */
final class ChangeJournal {

  private static final System.Logger LOG = System.getLogger(ChangeJournal.class.getName());

  /**
   * One entity, as a change sees it: how to read it from memory, how to record it, and how to put
   * its before-image back.
   */
  record Slot<E>(
      Supplier<Optional<E>> find,
      Function<E, ObjectNode> putRecord,
      Supplier<ObjectNode> deleteRecord,
      Consumer<E> putBack,
      Runnable removeAgain) {}

  private final ReentrantLock lock = new ReentrantLock();
  private final int compactEvery;
  // Guarded by lock: the latest put record of every entity, keyed by ChangeRecords.identity.
  private final Map<String, JsonNode> latest = new LinkedHashMap<>();
  private DurableLog log;
  private boolean closed;
  private int appendsSinceSnapshot;
  // Set once, when a queued change could not be made durable; read without the lock.
  private volatile DataDirectoryException failure;

  ChangeJournal(int compactEvery) {
    if (compactEvery < 1) {
      throw new IllegalArgumentException("compactEvery must be at least 1: " + compactEvery);
    }
    this.compactEvery = compactEvery;
  }

  /** Starts taking changes, once the log has replayed into memory. */
  void start(DurableLog openedLog) {
    lock.lock();
    try {
      this.log = openedLog;
    } finally {
      lock.unlock();
    }
  }

  /** Notes a record read back at start-up. */
  void replayed(JsonNode record) {
    track(record);
  }

  /**
   * Runs an operation on the in-memory state and makes its effect on one entity durable.
   *
   * @param operation changes at most the slot's entity; when it throws, it must have changed
   *     nothing
   */
  <E, R> R change(Slot<E> slot, Supplier<R> operation) {
    long seq = 0;
    R result;
    DurableLog appendedTo = null;
    lock.lock();
    try {
      ensureWritable();
      Optional<E> before = slot.find().get();
      result = operation.get();
      Optional<E> after = slot.find().get();
      if (!before.equals(after)) {
        try {
          ObjectNode record =
              after.isPresent() ? slot.putRecord().apply(after.get()) : slot.deleteRecord().get();
          seq = log.enqueue(record);
          appendedTo = log;
          track(record);
        } catch (RuntimeException e) {
          // Nothing was queued and nobody else changed memory since: the before-image is exact.
          before.ifPresentOrElse(slot.putBack(), slot.removeAgain());
          if (e instanceof DataDirectoryException failed) {
            failed(failed);
          }
          throw e;
        }
        compactIfDue();
      }
    } finally {
      lock.unlock();
    }
    if (appendedTo != null) {
      try {
        appendedTo.awaitDurable(seq);
      } catch (DataDirectoryException e) {
        failed(e);
        throw e;
      }
    }
    return result;
  }

  /** The failure that stopped this journal, if one did: every change since is refused. */
  Optional<DataDirectoryException> failure() {
    return Optional.ofNullable(failure);
  }

  private synchronized void failed(DataDirectoryException e) {
    if (failure == null) {
      failure = e;
      LOG.log(
          Level.ERROR,
          "The file store refuses every further change: a journal write failed. Reads are still"
              + " served; restart to recover what is on disk.",
          e);
    }
  }

  private void ensureWritable() {
    if (log == null || closed) {
      throw new IllegalStateException("The file store is closed");
    }
    DataDirectoryException stopped = failure;
    if (stopped != null) {
      throw new DataDirectoryException(
          "The file store refuses changes since a journal write failed: " + stopped.getMessage(),
          stopped);
    }
  }

  /** Writes a snapshot now: for tests, and for operators who want a compact directory. */
  void compact() {
    lock.lock();
    try {
      log.snapshot(List.copyOf(latest.values()).iterator());
      appendsSinceSnapshot = 0;
    } finally {
      lock.unlock();
    }
  }

  void close() {
    lock.lock();
    try {
      if (!closed && log != null) {
        log.close();
      }
      closed = true;
    } finally {
      lock.unlock();
    }
  }

  private void track(JsonNode record) {
    String identity = ChangeRecords.identity(record);
    if (ChangeRecords.isPut(record)) {
      latest.put(identity, record);
    } else {
      latest.remove(identity);
    }
  }

  // The change itself is durable already: a failed snapshot only delays compaction.
  private void compactIfDue() {
    if (++appendsSinceSnapshot < compactEvery) {
      return;
    }
    appendsSinceSnapshot = 0;
    try {
      log.snapshot(List.copyOf(latest.values()).iterator());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Snapshot failed; the journal keeps growing until the next one", e);
    }
  }
}
