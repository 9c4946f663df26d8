package org.opensts.adapter.persistence.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that appends to a {@link DurableLog} with SIGKILL at random moments and checks
 * that every acknowledged record survives and that the replay is a contiguous, whole prefix.
 */
class DurableLogCrashTest {

  private static final long SEED = 20250101L;
  private static final int ROUNDS = 50;

  @TempDir Path dir;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void givenChildKilledAtRandomMoments_reopen_hasEveryAcknowledgedRecordAndNoPartialOne()
      throws Exception {
    Random random = new Random(SEED);
    Set<String> acknowledged = new HashSet<>();
    int killedBeforeReady = 0;

    for (int round = 0; round < ROUNDS; round++) {
      List<String> lines = new CopyOnWriteArrayList<>();
      Process child = spawn(round);
      Thread reader = readLines(child, lines);
      // One round in five is killed during start-up (locking, recovery); the rest while appending.
      boolean duringStartUp = random.nextInt(5) == 0;
      if (duringStartUp) {
        Thread.sleep(random.nextInt(250));
      } else {
        // Killed once it has acknowledged something, so that a loaded machine still tests appends.
        waitForLine(lines, child, "ack");
        Thread.sleep(random.nextInt(80));
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(20, TimeUnit.SECONDS), "child did not die");
      reader.join(10_000);
      if (lines.stream().noneMatch(l -> l.startsWith("ready"))) {
        killedBeforeReady++;
      }
      for (String line : lines) {
        String[] parts = line.split(" ");
        if (parts.length == 5 && parts[0].equals("ack") && parts[4].equals("end")) {
          acknowledged.add(parts[1] + "/" + parts[2] + "/" + parts[3]);
        }
      }

      assertReplayKeepsEveryAcknowledged(acknowledged, round);
    }

    assertTrue(
        acknowledged.size() > ROUNDS, "too few appends to be meaningful: " + acknowledged.size());
    assertTrue(killedBeforeReady < ROUNDS, "every child was killed before it opened the log");
  }

  private void assertReplayKeepsEveryAcknowledged(Set<String> acknowledged, int round) {
    List<JsonNode> replayed = new ArrayList<>();
    long sequence;
    try (DurableLog log = DurableLog.open(dir, replayed::add)) {
      sequence = log.sequence();
    }
    Set<String> present = new HashSet<>();
    Map<String, Integer> nextPerWriter = new HashMap<>();
    for (JsonNode record : replayed) {
      assertTrue(
          record.has("r") && record.has("t") && record.has("i"), "partial record: " + record);
      String writer = record.get("r").asInt() + "/" + record.get("t").asInt();
      int expected = nextPerWriter.getOrDefault(writer, 0);
      // Each writer appends one record at a time, so its records form a gap-free prefix.
      assertEquals(expected, record.get("i").asInt(), "round " + round + ", writer " + writer);
      nextPerWriter.put(writer, expected + 1);
      assertTrue(present.add(writer + "/" + record.get("i").asInt()), "duplicate " + record);
    }
    for (String ack : acknowledged) {
      assertTrue(present.contains(ack), "round " + round + ": acknowledged " + ack + " was lost");
    }
    // Snapshots hold the whole state, so one record per sequence number is replayed.
    assertEquals(sequence, replayed.size(), "round " + round);
  }

  private Process spawn(int round) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Xshare:auto",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "-cp",
            System.getProperty("java.class.path"),
            CrashingAppender.class.getName(),
            dir.toString(),
            Integer.toString(round));
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    return builder.start();
  }

  private static Thread readLines(Process child, List<String> lines) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // the child is gone; what was read is what it acknowledged
              }
            });
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  private static void waitForLine(List<String> lines, Process child, String prefix)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (lines.stream().noneMatch(l -> l.startsWith(prefix))) {
      assertTrue(child.isAlive(), "child exited before it wrote " + prefix);
      assertTrue(System.nanoTime() < deadline, "child wrote no " + prefix + " in time");
      Thread.sleep(2);
    }
  }
}
