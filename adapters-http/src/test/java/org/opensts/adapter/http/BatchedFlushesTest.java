package org.opensts.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.channel.EventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchedFlushesTest {

  private final EmbeddedChannel channel = new EmbeddedChannel();
  private final EventLoop eventLoop = channel.eventLoop();
  private final List<String> flushed = new ArrayList<>();

  @Test
  void givenFlushesAskedForInOnePass_noneRuns_untilTheEventLoopRunsItsTasks_thenEachOnceInOrder() {
    BatchedFlushes.atEndOfPass(eventLoop, () -> flushed.add("first"));
    BatchedFlushes.atEndOfPass(eventLoop, () -> flushed.add("second"));

    assertEquals(List.of(), flushed);

    channel.runPendingTasks();

    assertEquals(List.of("first", "second"), flushed);

    channel.runPendingTasks();

    assertEquals(List.of("first", "second"), flushed, "a flush runs once");
  }

  @Test
  void givenAFlushAskedForWhileTheBatchRuns_itRunsAfterIt_once() {
    BatchedFlushes.atEndOfPass(
        eventLoop,
        () -> {
          flushed.add("first");
          BatchedFlushes.atEndOfPass(eventLoop, () -> flushed.add("asked for meanwhile"));
        });

    channel.runPendingTasks();
    channel.runPendingTasks();

    assertEquals(List.of("first", "asked for meanwhile"), flushed);
  }
}
