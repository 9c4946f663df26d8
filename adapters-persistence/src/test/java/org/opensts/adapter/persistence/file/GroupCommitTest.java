package org.opensts.adapter.persistence.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.domain.account.Account;
import org.opensts.domain.account.AccountId;

/**
 * The file stores commit in groups: writers queue their change under the store's lock and wait for
 * the disk after releasing it, so that concurrent writers share fsyncs; and a failed fsync stops
 * every later change.
 */
class GroupCommitTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path directory;

  private final AtomicBoolean failing = new AtomicBoolean();
  private final AtomicInteger forces = new AtomicInteger();

  private FileStores open() {
    return FileStores.open(
        directory,
        TestFileStores.MASTER_KEY,
        TestFileStores.KNOWN_DOCUMENTS,
        new FileStores.Options(FileStores.Options.DEFAULT_COMPACT_EVERY, Clock.systemUTC()),
        file -> new FailingChannel(file, failing, forces));
  }

  private static Account account(int thread, int i) {
    return new Account(
        AccountId.of(String.format("%04d%08d", 100 + thread, i)), "t" + thread + "-" + i, NOW);
  }

  @Test
  void givenConcurrentWriters_changes_shareFsyncsAndAreAllDurable() throws Exception {
    int threads = 8;
    int perThread = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    int forcesBefore;
    try (FileStores stores = open()) {
      forcesBefore = forces.get();
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    stores.accounts().save(account(thread, i));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
      int fsyncs = forces.get() - forcesBefore;
      assertTrue(
          fsyncs < threads * perThread,
          "expected fewer fsyncs than the " + threads * perThread + " changes, got " + fsyncs);
    } finally {
      pool.shutdownNow();
    }

    try (FileStores reopened = TestFileStores.open(directory)) {
      for (int t = 0; t < threads; t++) {
        for (int i = 0; i < perThread; i++) {
          Account expected = account(t, i);
          assertEquals(expected, reopened.accounts().find(expected.id()).orElseThrow());
        }
      }
    }
  }

  @Test
  void givenFailedFsync_theWriter_failsAndEveryLaterChangeIsRefusedWhileReadsGoOn() {
    Account kept = account(1, 1);
    Account lost = account(1, 2);
    try (FileStores stores = open()) {
      stores.accounts().save(kept);
      failing.set(true);

      assertThrows(DataDirectoryException.class, () -> stores.accounts().save(lost));
      failing.set(false);
      DataDirectoryException refused =
          assertThrows(DataDirectoryException.class, () -> stores.accounts().save(account(1, 3)));

      assertTrue(refused.getMessage().contains("refuses changes"), refused.getMessage());
      assertEquals(kept, stores.accounts().find(kept.id()).orElseThrow());
      assertTrue(stores.accounts().find(account(1, 3).id()).isEmpty());
    }

    try (FileStores reopened = TestFileStores.open(directory)) {
      assertEquals(kept, reopened.accounts().find(kept.id()).orElseThrow());
      assertTrue(reopened.accounts().find(lost.id()).isEmpty());
    }
  }
}
