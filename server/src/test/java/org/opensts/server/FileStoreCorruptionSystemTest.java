package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * The server on a data directory damaged while it was stopped: garbage after the last record and a
 * record cut mid-line are a torn tail, cut off at start-up with the data before them intact; a byte
 * flipped in a record that has valid records after it is corruption, and start-up is refused with
 * the file and byte offset, leaving every byte of the directory as it was.
 */
class FileStoreCorruptionSystemTest {

  @TempDir Path dataDir;

  private final String masterKey = randomMasterKey();

  private TestServer start() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("micronaut.server.port", -1);
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("sts.bootstrap", TestServer.copyResource("test-bootstrap.json").toString());
    properties.put("sts.store", "file");
    properties.put("sts.data-dir", dataDir.toString());
    properties.put("sts.master-key", masterKey);
    properties.put("sts.compact-every", 100_000);
    return TestServer.start(properties);
  }

  /** Creates users {@code names} in order, through IAM, and stops the server cleanly. */
  private void createUsersAndStop(String... names) {
    try (TestServer server = start()) {
      IamClient root = IamClients.iam(server, TestAccounts.ALPHA_ROOT);
      for (String name : names) {
        root.createUser(r -> r.userName(name));
      }
    }
  }

  private Path lastJournal() throws IOException {
    try (Stream<Path> files = Files.list(dataDir)) {
      List<Path> journals =
          files
              .filter(f -> f.getFileName().toString().matches("journal-\\d{20}\\.jsonl"))
              .sorted()
              .toList();
      assertEquals(1, journals.size(), "one journal expected: " + journals);
      return journals.get(journals.size() - 1);
    }
  }

  @Test
  void givenGarbageAppendedToTheLastJournal_restart_succeedsAndDropsOnlyTheGarbage()
      throws IOException {
    createUsersAndStop("cg-before");
    Path journal = lastJournal();
    long goodLength = Files.size(journal);
    Files.write(
        journal,
        "{\"v\":1,\"seq\":9\u0000\u00ffgarbage\n#!?\n{\"v\":1,\"seq\""
            .getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);

    try (TestServer server = start()) {
      IamClient root = IamClients.iam(server, TestAccounts.ALPHA_ROOT);
      assertEquals("cg-before", root.getUser(r -> r.userName("cg-before")).user().userName());
      assertEquals(
          "arn:aws:iam::111111111111:user/alice",
          server.sts(TestAccounts.ALICE).getCallerIdentity().arn());
      root.createUser(r -> r.userName("cg-after"));
    }

    assertTrue(
        Files.size(journal) > goodLength, "the new change is appended after the cut, not lost");
    assertTrue(
        !Files.readString(journal, StandardCharsets.ISO_8859_1).contains("garbage"),
        "the garbage is cut off");
    try (TestServer again = start()) {
      IamClient root = IamClients.iam(again, TestAccounts.ALPHA_ROOT);
      assertEquals("cg-after", root.getUser(r -> r.userName("cg-after")).user().userName());
      assertEquals("cg-before", root.getUser(r -> r.userName("cg-before")).user().userName());
    }
  }

  @Test
  void givenByteFlippedInAnEarlierRecord_start_isRefusedNamingFileAndOffsetAndChangesNothing()
      throws IOException {
    createUsersAndStop("cf-one", "cf-two", "cf-three");
    Path journal = lastJournal();
    byte[] bytes = Files.readAllBytes(journal);
    List<Integer> lineStarts = lineStarts(bytes);
    assertTrue(lineStarts.size() >= 3, "records in the journal: " + lineStarts.size());
    // The record that created cf-two has valid records (cf-three at least) after it.
    int line = lineContaining(bytes, lineStarts, "cf-two");
    int start = lineStarts.get(line);
    int end = lineStarts.get(line + 1) - 1;
    assertTrue(line < lineStarts.size() - 1, "cf-two is not the last record");
    String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
    int flip = start + text.indexOf("cf-two") + 3; // the 't' of "two", inside the change
    byte[] damaged = bytes.clone();
    damaged[flip] = (byte) (damaged[flip] ^ 0x01); // 't' -> 'u': still JSON, wrong CRC
    Files.write(journal, damaged);
    Map<String, byte[]> before = contents(dataDir);

    RuntimeException failure = assertThrows(RuntimeException.class, () -> start().close());

    String messages = messages(failure);
    assertTrue(messages.contains(journal.getFileName().toString()), messages);
    assertTrue(messages.contains("at byte offset " + start), messages);
    assertTrue(messages.contains("nothing was modified"), messages);
    Map<String, byte[]> after = contents(dataDir);
    assertEquals(before.keySet(), after.keySet(), "files in the data directory");
    for (String name : before.keySet()) {
      assertArrayEquals(before.get(name), after.get(name), name + " changed");
    }
  }

  @Test
  void givenLastRecordCutMidLine_restart_succeedsWithoutIt() throws IOException {
    createUsersAndStop("ct-kept", "ct-torn");
    Path journal = lastJournal();
    byte[] bytes = Files.readAllBytes(journal);
    List<Integer> lineStarts = lineStarts(bytes);
    int last = lineStarts.size() - 2; // lineStarts ends with the end of the file
    assertEquals(
        last,
        lineContaining(bytes, lineStarts, "ct-torn"),
        "the last record is the creation of ct-torn");
    int start = lineStarts.get(last);
    int cut = start + (bytes.length - start) / 2;
    try (var channel = java.nio.channels.FileChannel.open(journal, StandardOpenOption.WRITE)) {
      channel.truncate(cut);
    }

    try (TestServer server = start()) {
      IamClient root = IamClients.iam(server, TestAccounts.ALPHA_ROOT);
      assertEquals("ct-kept", root.getUser(r -> r.userName("ct-kept")).user().userName());
      assertThrows(NoSuchEntityException.class, () -> root.getUser(r -> r.userName("ct-torn")));
      root.createUser(r -> r.userName("ct-torn"));
    }
    assertEquals(start, lineStarts(Files.readAllBytes(journal)).get(last), "cut at the record");
    try (TestServer again = start()) {
      IamClient root = IamClients.iam(again, TestAccounts.ALPHA_ROOT);
      assertEquals("ct-torn", root.getUser(r -> r.userName("ct-torn")).user().userName());
    }
  }

  /** The offset of every line, and the file's length last. */
  private static List<Integer> lineStarts(byte[] bytes) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        starts.add(i + 1);
      }
    }
    if (starts.get(starts.size() - 1) != bytes.length) {
      starts.add(bytes.length);
    }
    return starts;
  }

  private static int lineContaining(byte[] bytes, List<Integer> starts, String text) {
    int found = -1;
    for (int i = 0; i < starts.size() - 1; i++) {
      String line =
          new String(
              bytes, starts.get(i), starts.get(i + 1) - starts.get(i), StandardCharsets.UTF_8);
      if (line.contains("\"" + text + "\"")) {
        found = i;
      }
    }
    assertTrue(found >= 0, "no record names " + text);
    return found;
  }

  /**
   * The store's files and their bytes. The audit trail ({@code audit*.jsonl}, which the server puts
   * in the data directory by default) is not the store's, and is left out.
   */
  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> contents = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        if (file.getFileName().toString().startsWith("audit")) {
          continue;
        }
        contents.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return contents;
  }

  private static String randomMasterKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static String messages(Throwable failure) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append('\n');
    }
    return messages.toString();
  }
}
