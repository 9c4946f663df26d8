package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Child process for {@link DurableLogCrashTest}: appends numbered records from several threads,
 * compacts now and then, and prints {@code ack <round> <thread> <i> end} right after each append
 * returns, until it is killed.
 *
 * <p>Arguments: data directory, round number.
 */
final class CrashingAppender {

  static final int THREADS = 4;
  static final int SNAPSHOT_EVERY = 50;

  private CrashingAppender() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int round = Integer.parseInt(args[1]);
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> state = new ArrayList<>();
    ReentrantReadWriteLock writeLock = new ReentrantReadWriteLock();
    DurableLog log = DurableLog.open(dir, state::add);
    System.out.println("ready " + log.sequence());
    System.out.flush();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      Thread worker =
          new Thread(
              () -> {
                for (int i = 0; ; i++) {
                  JsonNode change =
                      json.createObjectNode().put("r", round).put("t", thread).put("i", i);
                  writeLock.readLock().lock();
                  try {
                    log.append(change);
                    synchronized (state) {
                      state.add(change);
                    }
                  } finally {
                    writeLock.readLock().unlock();
                  }
                  synchronized (System.out) {
                    System.out.println("ack " + round + " " + thread + " " + i + " end");
                    System.out.flush();
                  }
                  if (thread == 0 && i % SNAPSHOT_EVERY == SNAPSHOT_EVERY - 1) {
                    writeLock.writeLock().lock();
                    try {
                      synchronized (state) {
                        log.snapshot(List.copyOf(state).iterator());
                      }
                    } finally {
                      writeLock.writeLock().unlock();
                    }
                  }
                }
              });
      worker.start();
      threads.add(worker);
    }
    for (Thread worker : threads) {
      worker.join();
    }
  }
}
