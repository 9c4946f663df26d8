package org.opensts.adapter.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.opensts.application.port.out.AuditEvent;
import org.opensts.application.port.out.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail as JSON lines in a size-rotated file. {@link #record} writes the event's line on
 * the calling thread, where the event's text was just made and is still in that core's cache (the
 * writer thread reading it from the other core spent most of its time waiting for memory), and adds
 * the line to a bounded queue, so a request never waits on the disk: when the queue is full the
 * event is dropped and counted, with a warning at most once a minute. One daemon thread drains the
 * queue every few milliseconds, unasked: waking it for each event would cost the requests more CPU
 * than writing the event does. {@link #close} writes what is queued, flushes and stops it.
 */
public final class JsonLinesAuditTrail implements AuditTrail, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JsonLinesAuditTrail.class);
  private static final long WARN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
  private static final int BATCH = 256;
  private static final long DRAIN_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  /** Each recording thread's buffer for one line. */
  private static final ThreadLocal<JsonLine> LINES = ThreadLocal.withInitial(JsonLine::new);

  /**
   * Where and how much.
   *
   * @param file the current file; rotated files get {@code .1}, {@code .2}, … appended
   * @param maxBytes the size at which the file rolls over
   * @param keepFiles how many rotated files are kept besides the current one
   * @param queueCapacity events waiting for the writer before new ones are dropped
   * @param closeTimeout how long {@link #close} waits for the writer to drain the queue
   */
  public record Options(
      Path file, long maxBytes, int keepFiles, int queueCapacity, Duration closeTimeout) {

    public Options {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(closeTimeout, "closeTimeout");
      if (maxBytes < 1 || keepFiles < 0 || queueCapacity < 1) {
        throw new IllegalArgumentException(
            "maxBytes and queueCapacity must be positive, keepFiles not negative");
      }
    }
  }

  private final Options options;
  private final Queue<byte[]> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final RotatingFile file;
  private final Thread writer;

  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
  private volatile boolean closing;

  /**
   * Opens (or creates) the file and starts the writer.
   *
   * @throws UncheckedIOException when the file cannot be opened, so that start-up fails
   */
  public JsonLinesAuditTrail(Options options) {
    this.options = options;
    try {
      this.file = new RotatingFile(options.file(), options.maxBytes(), options.keepFiles());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the audit log " + options.file(), e);
    }
    this.writer = new Thread(this::drain, "audit-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public void record(AuditEvent event) {
    if (closing || !admitted()) {
      long total = dropped.incrementAndGet();
      if (mayWarn()) {
        LOG.warn(
            "Audit events dropped: the writer is behind or stopped ({} dropped so far)", total);
      }
      return;
    }
    byte[] written;
    try {
      written = line(event);
    } catch (IOException | RuntimeException e) {
      queued.decrementAndGet();
      long total = dropped.incrementAndGet();
      if (mayWarn()) {
        LOG.error("Writing an audit event failed ({} dropped so far)", total, e);
      }
      return;
    }
    queue.offer(written);
  }

  private static byte[] line(AuditEvent event) throws IOException {
    JsonLine line = LINES.get();
    line.reset();
    AuditJson.write(event, line);
    line.newLine();
    return line.toByteArray();
  }

  /** Takes a place in the queue, if one is free, and queues the event in it. */
  private boolean admitted() {
    if (queued.incrementAndGet() > options.queueCapacity()) {
      queued.decrementAndGet();
      return false;
    }
    return true;
  }

  /** At most one warning a minute, so that a failing disk does not also flood the log. */
  private boolean mayWarn() {
    long now = System.nanoTime();
    long last = lastWarning.get();
    return now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now);
  }

  /** Events not written because the queue was full or the trail closed. */
  public long droppedEvents() {
    return dropped.get();
  }

  public Path file() {
    return options.file();
  }

  private void drain() {
    List<byte[]> batch = new ArrayList<>(BATCH);
    // An interrupt is close() giving up on the rest.
    while ((!closing || !queue.isEmpty()) && !Thread.currentThread().isInterrupted()) {
      byte[] line;
      while (batch.size() < BATCH && (line = queue.poll()) != null) {
        batch.add(line);
      }
      if (batch.isEmpty()) {
        LockSupport.parkNanos(DRAIN_EVERY_NANOS);
        continue;
      }
      queued.addAndGet(-batch.size());
      write(batch);
      batch.clear();
    }
  }

  private void write(List<byte[]> batch) {
    try {
      for (byte[] line : batch) {
        file.append(line);
      }
      file.flush();
    } catch (IOException | RuntimeException e) {
      long total = dropped.addAndGet(batch.size());
      if (mayWarn()) {
        LOG.error(
            "Writing audit events to {} failed ({} dropped so far)", options.file(), total, e);
      }
    }
  }

  /** Stops accepting events, writes those queued (within the close timeout) and closes the file. */
  @Override
  public void close() {
    closing = true;
    LockSupport.unpark(writer);
    try {
      writer.join(options.closeTimeout().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (writer.isAlive()) {
      writer.interrupt();
      LOG.warn("The audit writer did not finish within {}", options.closeTimeout());
    }
    try {
      file.close();
    } catch (IOException e) {
      LOG.error("Closing the audit log {} failed", options.file(), e);
    }
    long total = dropped.get() + queued.get();
    if (total > 0) {
      LOG.warn("{} audit events were dropped", total);
    }
  }
}
