package org.opensts.adapter.persistence.file;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Names of the files in a data directory, and the directory-level I/O they need. */
final class DataFiles {

  static final String LOCK = "lock";

  private static final Pattern JOURNAL = Pattern.compile("journal-(\\d{20})\\.jsonl");
  private static final Pattern SNAPSHOT = Pattern.compile("snapshot-(\\d{20})\\.jsonl");
  private static final Pattern SNAPSHOT_TMP = Pattern.compile("snapshot-(\\d{20})\\.jsonl\\.tmp");

  private DataFiles() {}

  static Path journal(Path directory, long firstSeq) {
    return directory.resolve(String.format("journal-%020d.jsonl", firstSeq));
  }

  static Path snapshot(Path directory, long seq) {
    return directory.resolve(String.format("snapshot-%020d.jsonl", seq));
  }

  static Path snapshotTmp(Path directory, long seq) {
    return directory.resolve(String.format("snapshot-%020d.jsonl.tmp", seq));
  }

  /** A journal or snapshot file and the sequence number in its name. */
  record Numbered(Path path, long seq) {}

  static List<Numbered> journals(Path directory) {
    return list(directory, JOURNAL);
  }

  static List<Numbered> snapshots(Path directory) {
    return list(directory, SNAPSHOT);
  }

  static List<Numbered> snapshotTmps(Path directory) {
    return list(directory, SNAPSHOT_TMP);
  }

  /** Files matching {@code pattern}, in ascending order of their sequence number. */
  private static List<Numbered> list(Path directory, Pattern pattern) {
    List<Numbered> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      files.forEach(
          file -> {
            Matcher m = pattern.matcher(file.getFileName().toString());
            if (m.matches() && Files.isRegularFile(file)) {
              found.add(new Numbered(file, Long.parseLong(m.group(1))));
            }
          });
    } catch (IOException e) {
      throw new DataDirectoryException("Cannot list data directory " + directory, e);
    }
    found.sort((a, b) -> Long.compare(a.seq(), b.seq()));
    return found;
  }

  /**
   * Makes created, renamed and deleted entries durable. Some platforms (Windows) cannot open a
   * directory as a channel; there the rename itself is the best the OS offers.
   */
  static void forceDirectory(Path directory) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(directory, StandardOpenOption.READ);
    } catch (IOException | UnsupportedOperationException e) {
      return;
    }
    try (channel) {
      channel.force(true);
    } catch (IOException e) {
      if (isWindows()) {
        return;
      }
      throw e;
    }
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("win");
  }
}
