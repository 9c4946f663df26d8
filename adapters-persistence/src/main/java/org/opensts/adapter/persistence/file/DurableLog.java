package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Write-ahead log of a data directory: every change is appended to a journal and fsynced before
 * {@link #append} returns, and {@link #snapshot} compacts the journal into a snapshot. Open replays
 * the latest snapshot and the journal after it.
 *
 * <h2>Format, version 1</h2>
 *
 * <p>All files are JSON lines (UTF-8, one JSON object per {@code \n}-terminated line), readable
 * with {@code jq}. CRC32C checksums are 8 lower-case hex digits over the UTF-8 bytes of the payload
 * exactly as they appear on the line.
 *
 * <ul>
 *   <li>{@code lock}: held with an OS file lock while a process has the directory open.
 *   <li>{@code journal-<first seq, 20 digits>.jsonl}: one line per change, {@code
 *       {"v":1,"seq":<n>,"crc32c":"<8 hex>","change":<change>}}. Sequence numbers start at 1 and
 *       are contiguous within a file and from one file to the next.
 *   <li>{@code snapshot-<seq, 20 digits>.jsonl}: the whole state after record {@code seq}: a header
 *       {@code {"v":1,"snapshot":<seq>,"records":<count>}}, one line {@code {"crc32c":"<8
 *       hex>","state":<record>}} per record, and a trailer {@code {"end":<seq>,"records":<count>}}.
 *       A snapshot without its trailer is incomplete and ignored. It is written as {@code
 *       snapshot-<seq>.jsonl.tmp}, fsynced and renamed.
 * </ul>
 *
 * <h2>Recovery</h2>
 *
 * <p>A torn or corrupt tail of the last journal (an incomplete line, or lines that fail to parse or
 * to match their checksum with no valid record after them) is what a crash leaves: it is truncated
 * at the last good record and logged at WARN. Anything else (a bad record followed by a valid one,
 * a bad record in an earlier journal, a sequence gap, a corrupt snapshot) stops {@link #open} with
 * a {@link DataDirectoryException} naming the file and byte offset, and nothing is modified.
 *
 * <h2>Threads</h2>
 *
 * <p>{@link #append} is thread-safe and commits in groups: concurrent appenders are written by one
 * of them and share one fsync. A caller that orders its changes under a lock of its own calls
 * {@link #enqueue} under that lock and {@link #awaitDurable} after releasing it, so that the
 * writers queued while one batch is on its way to disk share the next one. {@link #snapshot} must
 * be called while the caller holds the write lock that also guards its own appends, so that the
 * state it passes and {@link #sequence()} describe the same moment; appends that arrive anyway wait
 * until the snapshot is done and land in the new journal.
 */
public final class DurableLog implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(DurableLog.class.getName());

  private final Path directory;
  private final FileChannel lockChannel;
  private final FileLock fileLock;

  private final ReentrantLock mutex = new ReentrantLock();
  private final Condition progress = mutex.newCondition();
  private final Queue<Pending> queue = new ArrayDeque<>();
  private final ChannelOpener opener;

  // Guarded by mutex.
  private FileChannel journal;
  private Path journalFile;
  private long assigned;
  private long durable;
  private boolean busy;
  private boolean closed;
  private DataDirectoryException failure;

  /** Opens journal files; tests substitute one that fails. */
  @FunctionalInterface
  interface ChannelOpener {
    FileChannel open(Path file) throws IOException;
  }

  private static final ChannelOpener APPEND =
      file ->
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);

  /** Told how long each journal fsync took, in nanoseconds, for metrics; nothing by default. */
  private volatile LongConsumer fsyncObserver = nanos -> {};

  private DurableLog(
      Path directory, FileChannel lockChannel, FileLock fileLock, ChannelOpener opener) {
    this.directory = directory;
    this.lockChannel = lockChannel;
    this.fileLock = fileLock;
    this.opener = opener;
  }

  /**
   * Locks {@code directory} (creating it if missing), replays its snapshot and journal into {@code
   * replay}, one record at a time and in order, and returns the log ready for appends.
   *
   * @throws DataDirectoryException when another process holds the directory, when a file is corrupt
   *     beyond a torn tail, or on an I/O error
   */
  /** Reports the duration of every journal fsync (group commit: one per batch) from now on. */
  public void observeFsyncs(LongConsumer observer) {
    this.fsyncObserver = java.util.Objects.requireNonNull(observer);
  }

  public static DurableLog open(Path directory, Consumer<JsonNode> replay) {
    return open(
        directory, replay, warning -> LOG.log(System.Logger.Level.WARNING, warning), APPEND);
  }

  static DurableLog open(
      Path directory, Consumer<JsonNode> replay, Consumer<String> warnings, ChannelOpener opener) {
    Path dir = directory.toAbsolutePath().normalize();
    Path lockFile = dir.resolve(DataFiles.LOCK);
    FileChannel lockChannel;
    FileLock lock;
    try {
      Files.createDirectories(dir);
      lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new DataDirectoryException("Cannot open data directory " + dir + ": " + e, e);
    }
    try {
      lock = lockChannel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      closeQuietly(lockChannel);
      throw new DataDirectoryException("Cannot lock " + lockFile + ": " + e, e);
    }
    if (lock == null) {
      closeQuietly(lockChannel);
      throw new DataDirectoryException(
          "Data directory " + dir + " is in use by another OpenSTS process (" + lockFile + ")");
    }
    DurableLog log = new DurableLog(dir, lockChannel, lock, opener);
    try {
      log.recover(replay, warnings);
      return log;
    } catch (RuntimeException e) {
      log.releaseLock();
      throw e;
    }
  }

  private void recover(Consumer<JsonNode> replay, Consumer<String> warnings) {
    Recovery recovery = Recovery.scan(directory, warnings);
    recovery.snapshotRecords().forEach(replay);
    recovery.journalRecords().forEach(replay);
    try {
      if (recovery.truncation().isPresent()) {
        Recovery.Truncation cut = recovery.truncation().get();
        try (FileChannel channel = FileChannel.open(cut.file(), StandardOpenOption.WRITE)) {
          channel.truncate(cut.offset());
          channel.force(true);
        }
        warnings.accept(
            "Truncated torn journal tail: file "
                + cut.file()
                + " at byte offset "
                + cut.offset()
                + ", dropped "
                + cut.droppedBytes()
                + " bytes ("
                + cut.reason()
                + "); records up to "
                + recovery.lastSeq()
                + " are intact");
      }
      durable = recovery.lastSeq();
      assigned = durable;
      if (recovery.appendTo().isPresent()) {
        journalFile = recovery.appendTo().get();
        journal = opener.open(journalFile);
      } else {
        startJournal(durable + 1);
      }
      for (Path leftover : recovery.leftovers()) {
        warnings.accept("Removing " + leftover + ", left over by an interrupted compaction");
        Files.deleteIfExists(leftover);
      }
      DataFiles.forceDirectory(directory);
    } catch (IOException e) {
      closeQuietly(journal);
      throw new DataDirectoryException("Cannot prepare journal in " + directory + ": " + e, e);
    }
  }

  /**
   * Appends {@code change} and returns once it is on disk: {@link #enqueue} then {@link
   * #awaitDurable}.
   *
   * @throws DataDirectoryException when this or an earlier write or fsync failed; the log then
   *     refuses every later append
   */
  public void append(JsonNode change) {
    awaitDurable(enqueue(change));
  }

  /**
   * Gives {@code change} its sequence number and queues it for the next batch, without waiting for
   * the disk. Call it under the lock that orders your changes, release that lock, and then call
   * {@link #awaitDurable} with the number returned: writers that queue while a batch is being
   * written share the next write and fsync (group commit).
   *
   * @return the sequence number of {@code change}
   * @throws DataDirectoryException when an earlier write or fsync failed; nothing is queued then
   */
  public long enqueue(JsonNode change) {
    mutex.lock();
    try {
      ensureUsable();
      long seq = ++assigned;
      queue.add(new Pending(LineCodec.journalLine(seq, change), seq));
      return seq;
    } finally {
      mutex.unlock();
    }
  }

  /**
   * Returns once record {@code seq} (and every record before it) is on disk, writing the queued
   * batch itself if no other thread is writing one.
   *
   * @throws DataDirectoryException when the write or fsync of the batch holding {@code seq}, or of
   *     an earlier one, failed; the log then refuses every later append
   */
  public void awaitDurable(long seq) {
    mutex.lock();
    try {
      if (seq > assigned) {
        throw new IllegalArgumentException("Record " + seq + " was never enqueued");
      }
      while (durable < seq) {
        if (failure != null) {
          throw failure;
        }
        if (busy) {
          progress.awaitUninterruptibly();
        } else if (queue.isEmpty()) {
          // Only a closed log drops nothing yet leaves a record unwritten; be explicit anyway.
          throw new IllegalStateException(
              "Record " + seq + " is neither queued nor on disk in " + directory);
        } else {
          writeBatch();
        }
      }
    } finally {
      mutex.unlock();
    }
  }

  /** Leader: writes every queued record with one fsync. Called and returns with mutex held. */
  private void writeBatch() {
    List<Pending> batch = new ArrayList<>(queue);
    queue.clear();
    if (failure != null) {
      finish(batch, failure);
      return;
    }
    busy = true;
    FileChannel channel = journal;
    Path file = journalFile;
    mutex.unlock();
    DataDirectoryException error = null;
    long offset = -1;
    try {
      int size = 0;
      for (Pending p : batch) {
        size += p.line.length;
      }
      ByteBuffer buffer = ByteBuffer.allocate(size);
      for (Pending p : batch) {
        buffer.put(p.line);
      }
      buffer.flip();
      offset = channel.size();
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      long started = System.nanoTime();
      channel.force(false);
      fsyncObserver.accept(System.nanoTime() - started);
    } catch (IOException | RuntimeException e) {
      error =
          new DataDirectoryException(
              "Journal write failed in "
                  + file
                  + " at byte offset "
                  + offset
                  + "; no further changes are accepted: "
                  + e,
              e);
    } finally {
      mutex.lock();
      busy = false;
    }
    if (error != null) {
      failure = error;
    } else {
      durable = batch.get(batch.size() - 1).seq;
    }
    finish(batch, error);
  }

  private void finish(List<Pending> batch, DataDirectoryException error) {
    for (Pending p : batch) {
      p.failure = error;
      p.done = true;
    }
    progress.signalAll();
  }

  /** The sequence number of the last record on disk; 0 for an empty directory. */
  public long sequence() {
    mutex.lock();
    try {
      return durable;
    } finally {
      mutex.unlock();
    }
  }

  /**
   * Compacts: writes {@code state}, the complete state after {@link #sequence()}, as a snapshot,
   * starts a new journal and deletes the journals and snapshots it covers.
   *
   * <p>Call it while holding the lock that guards your own appends, so that no change is applied to
   * the state between reading {@code state} and the sequence number it is recorded with.
   *
   * @throws DataDirectoryException when the snapshot cannot be written; the existing journal and
   *     snapshots remain valid
   */
  public void snapshot(Iterator<JsonNode> state) {
    mutex.lock();
    try {
      ensureUsable();
      while (busy || !queue.isEmpty()) {
        if (busy) {
          progress.awaitUninterruptibly();
        } else {
          writeBatch();
        }
      }
      ensureUsable();
      busy = true;
    } finally {
      mutex.unlock();
    }
    try {
      writeSnapshot(durable, state);
    } finally {
      mutex.lock();
      busy = false;
      progress.signalAll();
      mutex.unlock();
    }
  }

  /** Runs with busy set, so no batch is written meanwhile. */
  private void writeSnapshot(long seq, Iterator<JsonNode> state) {
    List<byte[]> lines = new ArrayList<>();
    while (state.hasNext()) {
      lines.add(LineCodec.snapshotRecordLine(state.next()));
    }
    Path tmp = DataFiles.snapshotTmp(directory, seq);
    Path target = DataFiles.snapshot(directory, seq);
    try (FileChannel out =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      writeFully(out, LineCodec.snapshotHeaderLine(seq, lines.size()));
      for (byte[] line : lines) {
        writeFully(out, line);
      }
      writeFully(out, LineCodec.snapshotTrailerLine(seq, lines.size()));
      out.force(true);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new DataDirectoryException("Cannot write snapshot " + tmp + ": " + e, e);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      DataFiles.forceDirectory(directory);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new DataDirectoryException("Cannot install snapshot " + target + ": " + e, e);
    }
    // The snapshot is durable; from here on a failure to switch journals poisons the log.
    try {
      if (!journalFile.equals(DataFiles.journal(directory, seq + 1))) {
        FileChannel previous = journal;
        startJournal(seq + 1);
        previous.close();
      }
      for (DataFiles.Numbered old : DataFiles.journals(directory)) {
        if (old.seq() <= seq) {
          Files.deleteIfExists(old.path());
        }
      }
      for (DataFiles.Numbered old : DataFiles.snapshots(directory)) {
        if (old.seq() < seq) {
          Files.deleteIfExists(old.path());
        }
      }
      DataFiles.forceDirectory(directory);
    } catch (IOException e) {
      DataDirectoryException error =
          new DataDirectoryException(
              "Snapshot " + target + " written, but the journal could not be switched: " + e, e);
      mutex.lock();
      failure = error;
      mutex.unlock();
      throw error;
    }
  }

  /** Creates {@code journal-<firstSeq>.jsonl} and makes its directory entry durable. */
  private void startJournal(long firstSeq) throws IOException {
    Path file = DataFiles.journal(directory, firstSeq);
    FileChannel channel = opener.open(file);
    try {
      DataFiles.forceDirectory(directory);
    } catch (IOException e) {
      closeQuietly(channel);
      throw e;
    }
    journal = channel;
    journalFile = file;
  }

  /** Waits for pending appends, flushes the journal and releases the directory lock. */
  @Override
  public void close() {
    mutex.lock();
    try {
      if (closed) {
        return;
      }
      while (busy || !queue.isEmpty()) {
        if (busy) {
          progress.awaitUninterruptibly();
        } else {
          writeBatch();
        }
      }
      closed = true;
      try {
        if (failure == null) {
          journal.force(true);
        }
      } catch (IOException e) {
        throw new DataDirectoryException("Cannot flush journal " + journalFile + ": " + e, e);
      } finally {
        closeQuietly(journal);
        releaseLock();
      }
    } finally {
      mutex.unlock();
    }
  }

  private void ensureUsable() {
    if (closed) {
      throw new IllegalStateException("Durable log for " + directory + " is closed");
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void releaseLock() {
    try {
      fileLock.release();
    } catch (IOException e) {
      // closing the channel below releases it too
    }
    closeQuietly(lockChannel);
  }

  private static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      // already failing or closing; the first error is the one reported
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a stray .tmp is ignored and removed at the next open
    }
  }

  /** An append waiting for the batch that writes it. */
  private static final class Pending {
    final byte[] line;
    final long seq;
    boolean done;
    DataDirectoryException failure;

    Pending(byte[] line, long seq) {
      this.line = line;
      this.seq = seq;
    }
  }
}
