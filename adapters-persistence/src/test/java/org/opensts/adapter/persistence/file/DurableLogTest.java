package org.opensts.adapter.persistence.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableLogTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<String> warnings = new CopyOnWriteArrayList<>();

  // Append and replay.

  @Test
  void givenAppendedRecords_reopen_replaysThemInOrder() {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 5);
      assertEquals(5, log.sequence());
    }

    List<JsonNode> replayed = new ArrayList<>();
    try (DurableLog log = open(replayed)) {
      assertEquals(numbers(1, 5), replayed);
      assertEquals(5, log.sequence());
      log.append(number(6));
    }

    assertEquals(numbers(1, 6), reopenAndCollect());
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  @Test
  void givenEmptyDirectory_open_createsItAndReplaysNothing() {
    dir = dir.resolve("not/yet/there");
    List<JsonNode> replayed = new ArrayList<>();

    try (DurableLog log = open(replayed)) {
      assertEquals(0, log.sequence());
    }

    assertTrue(replayed.isEmpty());
    assertTrue(Files.isRegularFile(dir.resolve("lock")));
  }

  @Test
  void givenJournal_lines_matchTheDocumentedFormat() throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      log.append(JSON.readTree("{\"name\":\"é\"}"));
    }

    String line = Files.readString(journals().get(0)).strip();
    JsonNode record = JSON.readTree(line);
    assertEquals(1, record.get("v").asInt());
    assertEquals(1, record.get("seq").asLong());
    String change = "{\"name\":\"é\"}";
    assertEquals(
        LineCodec.crc32c(
            change.getBytes(StandardCharsets.UTF_8),
            0,
            change.getBytes(StandardCharsets.UTF_8).length),
        record.get("crc32c").asText());
    assertTrue(record.get("crc32c").asText().matches("[0-9a-f]{8}"));
    assertEquals(JSON.readTree(change), record.get("change"));
    assertEquals("journal-00000000000000000001.jsonl", journals().get(0).getFileName().toString());
  }

  // Snapshots.

  @Test
  void givenSnapshotThenMoreAppends_reopen_replaysSnapshotThenJournal() throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 5);
      log.snapshot(List.<JsonNode>of(state("a"), state("b")).iterator());
      appendNumbers(log, 6, 7);
      assertEquals(7, log.sequence());
    }

    List<JsonNode> expected = new ArrayList<>(List.of(state("a"), state("b")));
    expected.addAll(numbers(6, 7));
    assertEquals(expected, reopenAndCollect());
    List<String> snapshotLines =
        Files.readAllLines(dir.resolve("snapshot-00000000000000000005.jsonl"));
    assertEquals("{\"v\":1,\"snapshot\":5,\"records\":2}", snapshotLines.get(0));
    assertEquals("{\"end\":5,\"records\":2}", snapshotLines.get(3));
  }

  @Test
  void givenSnapshot_directory_keepsNoJournalOrSnapshotItCovers() throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 3);
      log.snapshot(numbers(1, 3).iterator());
      appendNumbers(log, 4, 6);
      log.snapshot(numbers(1, 6).iterator());

      assertEquals(List.of("journal-00000000000000000007.jsonl"), names(journals()));
      assertEquals(List.of("snapshot-00000000000000000006.jsonl"), names(snapshots()));
      assertEquals(0, Files.size(journals().get(0)));
      log.append(number(7));
    }

    assertEquals(numbers(1, 7), reopenAndCollect());
  }

  @Test
  void givenSnapshotTwiceWithoutAppends_reopen_replaysTheSnapshot() {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 2);
      log.snapshot(numbers(1, 2).iterator());
      log.snapshot(numbers(1, 2).iterator());
    }

    assertEquals(numbers(1, 2), reopenAndCollect());
  }

  @Test
  void givenLeftoverSnapshotTmp_open_ignoresAndRemovesIt() throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 3);
    }
    Path tmp = dir.resolve("snapshot-00000000000000000003.jsonl.tmp");
    Files.writeString(tmp, "{\"v\":1,\"snapshot\":3,\"records\":9}\n{\"crc32c\":\"00");

    assertEquals(numbers(1, 3), reopenAndCollect());
    assertFalse(Files.exists(tmp));
  }

  @Test
  void givenSnapshotWithoutTrailer_open_ignoresItAndUsesTheJournal() throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 3);
    }
    Files.write(
        dir.resolve("snapshot-00000000000000000003.jsonl"),
        concat(LineCodec.snapshotHeaderLine(3, 1), LineCodec.snapshotRecordLine(state("x"))));

    assertEquals(numbers(1, 3), reopenAndCollect());
    assertTrue(
        warnings.stream().anyMatch(w -> w.contains("incomplete snapshot")), warnings.toString());
  }

  @Test
  void givenSnapshotWithBadChecksum_open_isRefusedWithFileAndOffset() throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 3);
      log.snapshot(List.of(state("abc")).iterator());
    }
    Path snapshot = snapshots().get(0);
    byte[] bytes = Files.readAllBytes(snapshot);
    int recordOffset = indexOf(bytes, "{\"crc32c\"");
    flip(bytes, indexOf(bytes, "abc"));
    Files.write(snapshot, bytes);

    DataDirectoryException refused =
        assertThrows(DataDirectoryException.class, this::reopenAndCollect);

    assertTrue(refused.getMessage().contains(snapshot.toString()), refused.getMessage());
    assertTrue(refused.getMessage().contains("byte offset " + recordOffset), refused.getMessage());
    assertArrayEquals(bytes, Files.readAllBytes(snapshot));
  }

  // The lock.

  @Test
  void givenOpenLog_secondOpen_isRefusedWithTheLockFile() {
    Path absolute = dir.toAbsolutePath().normalize();
    try (DurableLog log = open(new ArrayList<>())) {
      DataDirectoryException refused =
          assertThrows(DataDirectoryException.class, () -> DurableLog.open(dir, record -> {}));

      assertEquals(
          "Data directory "
              + absolute
              + " is in use by another OpenSTS process ("
              + absolute.resolve("lock")
              + ")",
          refused.getMessage());
    }

    assertEquals(List.of(), reopenAndCollect());
  }

  // Torn and corrupt tails.

  @Test
  void givenLastRecordCutAtEveryByte_reopen_keepsTheCompleteRecordsAndLogsTheTruncation()
      throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 5);
    }
    Path journal = journals().get(0);
    byte[] full = Files.readAllBytes(journal);
    int lastStart = lastLineStart(full);

    for (int cut = lastStart + 1; cut < full.length; cut++) {
      Files.write(journal, Arrays.copyOf(full, cut));
      warnings.clear();

      List<JsonNode> replayed = new ArrayList<>();
      try (DurableLog log = open(replayed)) {
        assertEquals(numbers(1, 4), replayed, "cut at " + cut);
        assertEquals(4, log.sequence());
      }

      assertEquals(lastStart, Files.size(journal), "cut at " + cut);
      String warning = String.join("\n", warnings);
      assertTrue(warning.contains("Truncated torn journal tail"), "cut at " + cut + ": " + warning);
      assertTrue(warning.contains(journal.toString()), warning);
      assertTrue(warning.contains("byte offset " + lastStart), warning);
      assertTrue(warning.contains("dropped " + (cut - lastStart) + " bytes"), warning);
    }

    try (DurableLog log = open(new ArrayList<>())) {
      log.append(number(5));
    }
    assertArrayEquals(full, Files.readAllBytes(journal));
  }

  @Test
  void givenGarbageAppended_reopen_truncatesIt() throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 3);
    }
    Path journal = journals().get(0);
    long goodSize = Files.size(journal);
    Files.write(
        journal,
        "garbage\n{\"v\":1,\"seq\":4,\"crc32c\":\"0000\n\0\0\0".getBytes(StandardCharsets.UTF_8),
        java.nio.file.StandardOpenOption.APPEND);

    assertEquals(numbers(1, 3), reopenAndCollect());
    assertEquals(goodSize, Files.size(journal));
    assertTrue(warnings.stream().anyMatch(w -> w.contains("Truncated torn journal tail")));
  }

  @Test
  void givenFlippedByteInLastRecord_reopen_truncatesIt() throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 3);
    }
    Path journal = journals().get(0);
    byte[] bytes = Files.readAllBytes(journal);
    int lastStart = lastLineStart(bytes);
    flip(bytes, lastIndexOf(bytes, "\"n\"") + 1);
    Files.write(journal, bytes);

    assertEquals(numbers(1, 2), reopenAndCollect());
    assertEquals(lastStart, Files.size(journal));
    assertTrue(warnings.stream().anyMatch(w -> w.contains("CRC32C mismatch")), warnings.toString());
  }

  @Test
  void givenFlippedByteInEarlierRecord_reopen_isRefusedAndLeavesTheFileUntouched()
      throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 3);
    }
    Path journal = journals().get(0);
    byte[] bytes = Files.readAllBytes(journal);
    int secondStart = indexOf(bytes, "\n") + 1;
    flip(bytes, indexOf(bytes, "\"n\":2") + 1);
    Files.write(journal, bytes);

    DataDirectoryException refused =
        assertThrows(DataDirectoryException.class, this::reopenAndCollect);

    assertTrue(refused.getMessage().contains(journal.toString()), refused.getMessage());
    assertTrue(refused.getMessage().contains("byte offset " + secondStart), refused.getMessage());
    assertArrayEquals(bytes, Files.readAllBytes(journal));
    assertEquals(List.of(journal), journals());
  }

  @Test
  void givenLastRecordOfAnUnknownVersion_reopen_isRefusedRatherThanTruncated() throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 2);
    }
    Path journal = journals().get(0);
    byte[] bytes = Files.readAllBytes(journal);
    int lastStart = lastLineStart(bytes);
    bytes[lastStart + "{\"v\":".length()] = '2';
    Files.write(journal, bytes);

    DataDirectoryException refused =
        assertThrows(DataDirectoryException.class, this::reopenAndCollect);

    assertTrue(refused.getMessage().contains("unsupported format version 2"), refused.getMessage());
    assertTrue(refused.getMessage().contains("byte offset " + lastStart), refused.getMessage());
    assertArrayEquals(bytes, Files.readAllBytes(journal));
  }

  // Several journal files.

  @Test
  void givenJournalSplitAcrossFiles_reopen_replaysAllOfThem() throws IOException {
    splitIntoThreeJournals();

    assertEquals(numbers(1, 9), reopenAndCollect());
  }

  @Test
  void givenMissingJournalInTheMiddle_reopen_isRefusedAsAGap() throws IOException {
    List<Path> files = splitIntoThreeJournals();
    Files.delete(files.get(1));

    DataDirectoryException refused =
        assertThrows(DataDirectoryException.class, this::reopenAndCollect);

    assertTrue(refused.getMessage().contains("sequence gap"), refused.getMessage());
    assertTrue(refused.getMessage().contains(files.get(2).toString()), refused.getMessage());
    assertEquals(List.of(files.get(0), files.get(2)), journals());
  }

  @Test
  void givenBadLastRecordInAnEarlierJournal_reopen_isRefused() throws IOException {
    List<Path> files = splitIntoThreeJournals();
    byte[] bytes = Files.readAllBytes(files.get(1));
    flip(bytes, lastIndexOf(bytes, "\"n\"") + 1);
    Files.write(files.get(1), bytes);

    DataDirectoryException refused =
        assertThrows(DataDirectoryException.class, this::reopenAndCollect);

    assertTrue(refused.getMessage().contains(files.get(1).toString()), refused.getMessage());
    assertTrue(
        refused.getMessage().contains("byte offset " + lastLineStart(bytes)), refused.getMessage());
    assertArrayEquals(bytes, Files.readAllBytes(files.get(1)));
  }

  // Concurrency and failures.

  @Test
  void givenEightConcurrentAppenders_reopen_replaysEveryRecordInEachThreadsOrder()
      throws Exception {
    int threads = 8;
    int perThread = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try (DurableLog log = open(new ArrayList<>())) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    log.append(JSON.createObjectNode().put("t", thread).put("i", i));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      assertEquals(threads * perThread, log.sequence());
    } finally {
      pool.shutdownNow();
    }

    List<JsonNode> replayed = reopenAndCollect();
    assertEquals(threads * perThread, replayed.size());
    int[] next = new int[threads];
    for (JsonNode record : replayed) {
      int thread = record.get("t").asInt();
      assertEquals(next[thread]++, record.get("i").asInt());
    }
    List<Long> seqs = new ArrayList<>();
    for (String line : Files.readAllLines(journals().get(0))) {
      seqs.add(JSON.readTree(line).get("seq").asLong());
    }
    assertEquals(seqs(1, threads * perThread), seqs);
  }

  @Test
  void givenFailedWrite_laterAppends_areRefusedAndReopenKeepsTheAcknowledged() throws IOException {
    AtomicBoolean failing = new AtomicBoolean();
    try (DurableLog log =
        DurableLog.open(
            dir, record -> {}, warnings::add, file -> new FailingChannel(file, failing))) {
      appendNumbers(log, 1, 2);
      failing.set(true);

      DataDirectoryException first =
          assertThrows(DataDirectoryException.class, () -> log.append(number(3)));
      failing.set(false);
      assertThrows(DataDirectoryException.class, () -> log.append(number(4)));
      assertThrows(
          DataDirectoryException.class, () -> log.snapshot(List.<JsonNode>of().iterator()));

      assertTrue(first.getMessage().contains(journals().get(0).toString()), first.getMessage());
      assertEquals(2, log.sequence());
    }

    assertEquals(numbers(1, 2), reopenAndCollect());
  }

  // Helpers.

  private DurableLog open(List<JsonNode> replayed) {
    return DurableLog.open(dir, replayed::add, warnings::add, DurableLogTest::appendChannel);
  }

  private static java.nio.channels.FileChannel appendChannel(Path file) throws IOException {
    return java.nio.channels.FileChannel.open(
        file,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  private List<JsonNode> reopenAndCollect() {
    List<JsonNode> replayed = new ArrayList<>();
    try (DurableLog log = open(replayed)) {
      return replayed;
    }
  }

  /** Nine records in journal-1 (1–3), journal-4 (4–6) and journal-7 (7–9). */
  private List<Path> splitIntoThreeJournals() throws IOException {
    try (DurableLog log = open(new ArrayList<>())) {
      appendNumbers(log, 1, 9);
    }
    Path single = journals().get(0);
    List<String> lines = Files.readAllLines(single);
    Files.delete(single);
    List<Path> files = new ArrayList<>();
    for (int first = 1; first <= 9; first += 3) {
      Path file = DataFiles.journal(dir, first);
      Files.write(file, lines.subList(first - 1, first + 2));
      files.add(file);
    }
    return files;
  }

  private static void appendNumbers(DurableLog log, int from, int to) {
    for (int n = from; n <= to; n++) {
      log.append(number(n));
    }
  }

  private static JsonNode number(int n) {
    return JSON.createObjectNode().put("n", n);
  }

  private static List<JsonNode> numbers(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(DurableLogTest::number).toList();
  }

  private static List<Long> seqs(long from, long to) {
    List<Long> list = new ArrayList<>();
    for (long i = from; i <= to; i++) {
      list.add(i);
    }
    return list;
  }

  private static JsonNode state(String id) {
    return JSON.createObjectNode().put("id", id);
  }

  private List<Path> journals() {
    return DataFiles.journals(dir).stream().map(DataFiles.Numbered::path).toList();
  }

  private List<Path> snapshots() {
    return DataFiles.snapshots(dir).stream().map(DataFiles.Numbered::path).toList();
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(f -> f.getFileName().toString()).toList();
  }

  private static int lastLineStart(byte[] bytes) {
    int end = bytes[bytes.length - 1] == '\n' ? bytes.length - 1 : bytes.length;
    for (int i = end - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i + 1;
      }
    }
    return 0;
  }

  private static int indexOf(byte[] bytes, String text) {
    String all = new String(bytes, StandardCharsets.ISO_8859_1);
    return all.indexOf(text);
  }

  private static int lastIndexOf(byte[] bytes, String text) {
    String all = new String(bytes, StandardCharsets.ISO_8859_1);
    return all.lastIndexOf(text);
  }

  private static void flip(byte[] bytes, int index) {
    bytes[index] ^= 0x01;
  }

  private static byte[] concat(byte[]... parts) {
    return Stream.of(parts)
        .reduce(
            new byte[0],
            (a, b) -> {
              byte[] joined = Arrays.copyOf(a, a.length + b.length);
              System.arraycopy(b, 0, joined, a.length, b.length);
              return joined;
            });
  }
}
