package org.opensts.adapter.http;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.ArrayList;
import java.util.List;

/**
 * The flushes of the responses an event loop wrote in one pass over its ready connections, run
 * together when the pass is done. A flush wakes the client that waits for it; flushed one by one
 * between requests, those wake-ups preempted the event loop about every other request when the
 * machine's cores were all busy (the performance issue), and a switch cost more than a request's
 * own work. Netty runs a loop's tasks after its I/O, so one task per pass runs them all.
 */
final class BatchedFlushes {

  private static final FastThreadLocal<BatchedFlushes> OF_EVENT_LOOP =
      new FastThreadLocal<>() {
        @Override
        protected BatchedFlushes initialValue() {
          return new BatchedFlushes();
        }
      };

  private List<Runnable> due = new ArrayList<>();
  private List<Runnable> spare = new ArrayList<>();

  private BatchedFlushes() {}

  /** Runs {@code flush} after the event loop's current pass; to be called on that event loop. */
  static void atEndOfPass(EventExecutor eventLoop, Runnable flush) {
    BatchedFlushes batch = OF_EVENT_LOOP.get();
    if (batch.due.isEmpty()) {
      eventLoop.execute(batch::runAll);
    }
    batch.due.add(flush);
  }

  private void runAll() {
    List<Runnable> running = due;
    due = spare;
    try {
      for (Runnable flush : running) {
        flush.run();
      }
    } finally {
      running.clear();
      spare = running;
    }
  }
}
