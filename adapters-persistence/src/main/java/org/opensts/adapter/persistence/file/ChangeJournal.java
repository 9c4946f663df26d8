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
 * in-memory state, and is appended to the {@link DurableLog} before it returns; when the append
 * fails, the entity's before-image is put back and the failure is thrown. It also keeps the latest
 * record of every entity, from which it writes a snapshot after every {@code compactEvery} appends.
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
    lock.lock();
    try {
      if (log == null || closed) {
        throw new IllegalStateException("The file store is closed");
      }
      Optional<E> before = slot.find().get();
      R result = operation.get();
      Optional<E> after = slot.find().get();
      if (!before.equals(after)) {
        try {
          ObjectNode record =
              after.isPresent() ? slot.putRecord().apply(after.get()) : slot.deleteRecord().get();
          log.append(record);
          track(record);
        } catch (RuntimeException e) {
          before.ifPresentOrElse(slot.putBack(), slot.removeAgain());
          throw e;
        }
        compactIfDue();
      }
      return result;
    } finally {
      lock.unlock();
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
