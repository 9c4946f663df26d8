package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.opensts.adapter.persistence.file.DataFiles.Numbered;
import org.opensts.adapter.persistence.file.LineCodec.CorruptLineException;
import org.opensts.adapter.persistence.file.LineCodec.Decoded;

/**
 * Reads a data directory without changing it and decides what open must do: the records to replay,
 * a torn journal tail to cut off, the journal to append to, and files left over by an interrupted
 * compaction. Corruption that is not a torn tail throws before anything is changed.
 */
final class Recovery {

  /** A torn or corrupt tail of the last journal: everything from {@code offset} is dropped. */
  record Truncation(Path file, long offset, long droppedBytes, String reason) {}

  private final Path directory;
  private final Consumer<String> warnings;

  private long snapshotSeq;
  private final List<JsonNode> snapshotRecords = new ArrayList<>();
  private final List<JsonNode> journalRecords = new ArrayList<>();
  private long lastSeq;
  private Truncation truncation;
  private Path appendTo;
  private final List<Path> leftovers = new ArrayList<>();

  private Recovery(Path directory, Consumer<String> warnings) {
    this.directory = directory;
    this.warnings = warnings;
  }

  static Recovery scan(Path directory, Consumer<String> warnings) {
    Recovery recovery = new Recovery(directory, warnings);
    recovery.readSnapshot();
    recovery.readJournals();
    for (Numbered tmp : DataFiles.snapshotTmps(directory)) {
      recovery.leftovers.add(tmp.path());
    }
    return recovery;
  }

  long snapshotSeq() {
    return snapshotSeq;
  }

  List<JsonNode> snapshotRecords() {
    return snapshotRecords;
  }

  /** Journal records after the snapshot, in sequence order. */
  List<JsonNode> journalRecords() {
    return journalRecords;
  }

  long lastSeq() {
    return lastSeq;
  }

  Optional<Truncation> truncation() {
    return Optional.ofNullable(truncation);
  }

  /** The last journal, when new records may be appended to it; empty when a new one is needed. */
  Optional<Path> appendTo() {
    return Optional.ofNullable(appendTo);
  }

  /** Snapshot temporaries, journals and snapshots the chosen snapshot makes redundant. */
  List<Path> leftovers() {
    return leftovers;
  }

  // Snapshots.

  private void readSnapshot() {
    List<Numbered> snapshots = DataFiles.snapshots(directory);
    for (int i = snapshots.size() - 1; i >= 0; i--) {
      Numbered candidate = snapshots.get(i);
      List<JsonNode> records = readSnapshotFile(candidate);
      if (records != null) {
        snapshotSeq = candidate.seq();
        snapshotRecords.addAll(records);
        for (int j = 0; j < i; j++) {
          leftovers.add(snapshots.get(j).path());
        }
        return;
      }
    }
  }

  /** The snapshot's records, or null when it has no trailer (incomplete: ignored). */
  private List<JsonNode> readSnapshotFile(Numbered snapshot) {
    Path file = snapshot.path();
    byte[] bytes = readAll(file);
    List<JsonNode> records = new ArrayList<>();
    int offset = 0;
    long declared = -1;
    boolean ended = false;
    while (offset < bytes.length) {
      int newline = indexOf(bytes, (byte) '\n', offset);
      if (newline < 0) {
        break; // an unterminated last line: the snapshot is incomplete
      }
      byte[] line = Arrays.copyOfRange(bytes, offset, newline);
      if (ended) {
        throw corrupt(file, offset, "data after the snapshot trailer");
      }
      Decoded decoded;
      try {
        decoded = LineCodec.decode(line, "state");
      } catch (CorruptLineException e) {
        throw corrupt(file, offset, e.getMessage());
      }
      if (offset == 0) {
        if (decoded.fields().path("v").asInt(-1) != LineCodec.FORMAT_VERSION) {
          throw corrupt(file, offset, "unsupported or missing format version (\"v\")");
        }
        if (decoded.fields().path("snapshot").asLong(-1) != snapshot.seq()) {
          throw corrupt(file, offset, "header sequence does not match the file name");
        }
        declared = decoded.fields().path("records").asLong(-1);
      } else if (decoded.payload() != null) {
        records.add(decoded.payload());
      } else if (decoded.fields().has("end")) {
        if (decoded.fields().path("end").asLong(-1) != snapshot.seq()
            || decoded.fields().path("records").asLong(-1) != records.size()
            || declared != records.size()) {
          throw corrupt(file, offset, "trailer does not match the header and record count");
        }
        ended = true;
      } else {
        throw corrupt(file, offset, "neither a snapshot record nor a trailer");
      }
      offset = newline + 1;
    }
    if (!ended) {
      warnings.accept(
          "Ignoring incomplete snapshot "
              + file
              + " (no trailer after "
              + records.size()
              + " records); an older snapshot and the journals are used instead");
      return null;
    }
    return records;
  }

  // Journals.

  private void readJournals() {
    List<Numbered> journals = DataFiles.journals(directory);
    lastSeq = snapshotSeq;
    // The first journal needed is the last one starting at or before the first unsnapshotted seq.
    int first = 0;
    for (int i = 0; i < journals.size(); i++) {
      if (journals.get(i).seq() <= snapshotSeq + 1) {
        first = i;
      }
    }
    for (int i = 0; i < first; i++) {
      leftovers.add(journals.get(i).path());
    }
    if (journals.isEmpty()) {
      return;
    }
    if (journals.get(first).seq() > snapshotSeq + 1) {
      throw corrupt(
          journals.get(first).path(),
          0,
          "sequence gap: records "
              + (snapshotSeq + 1)
              + " to "
              + (journals.get(first).seq() - 1)
              + " are missing (no snapshot or journal holds them)");
    }
    long next = journals.get(first).seq();
    for (int i = first; i < journals.size(); i++) {
      Numbered journal = journals.get(i);
      if (journal.seq() != next) {
        throw corrupt(
            journal.path(),
            0,
            "sequence gap: the file starts at "
                + journal.seq()
                + " but the previous journal ends at "
                + (next - 1));
      }
      next = readJournalFile(journal, i == journals.size() - 1);
    }
    if (next - 1 >= snapshotSeq) {
      lastSeq = next - 1;
      appendTo = journals.get(journals.size() - 1).path();
    } else {
      // Every journal ends before the snapshot: appends start a new journal after it.
      leftovers.add(journals.get(journals.size() - 1).path());
    }
  }

  /** Reads one journal; returns the sequence number its next record would have. */
  private long readJournalFile(Numbered journal, boolean last) {
    Path file = journal.path();
    byte[] bytes = readAll(file);
    long next = journal.seq();
    int offset = 0;
    while (offset < bytes.length) {
      int newline = indexOf(bytes, (byte) '\n', offset);
      String problem;
      if (newline < 0) {
        problem = "incomplete last line";
      } else {
        try {
          Decoded decoded = LineCodec.decode(Arrays.copyOfRange(bytes, offset, newline), "change");
          if (decoded.fields().has("v")
              && decoded.fields().get("v").asInt(-1) != LineCodec.FORMAT_VERSION) {
            throw corrupt(file, offset, "unsupported format version " + decoded.fields().get("v"));
          }
          problem = recordProblem(decoded);
          if (problem == null) {
            long seq = decoded.fields().get("seq").asLong();
            if (seq != next) {
              throw corrupt(
                  file, offset, "sequence gap: expected record " + next + ", found " + seq);
            }
            if (seq > snapshotSeq) {
              journalRecords.add(decoded.payload());
            }
            next++;
            offset = newline + 1;
            continue;
          }
        } catch (CorruptLineException e) {
          problem = e.getMessage();
        }
      }
      if (!last) {
        throw corrupt(file, offset, problem + " in a journal that is not the last one");
      }
      int validAfter = firstValidRecordAfter(bytes, newline < 0 ? bytes.length : newline + 1);
      if (validAfter >= 0) {
        throw corrupt(
            file,
            offset,
            problem
                + ", followed by a valid record at byte offset "
                + validAfter
                + "; not a torn tail");
      }
      truncation = new Truncation(file, offset, bytes.length - offset, problem);
      return next;
    }
    return next;
  }

  private static String recordProblem(Decoded decoded) {
    if (decoded.fields().path("v").asInt(-1) != LineCodec.FORMAT_VERSION) {
      return "unsupported or missing format version (\"v\")";
    }
    if (!decoded.fields().path("seq").canConvertToExactIntegral()) {
      return "missing sequence number";
    }
    if (decoded.payload() == null) {
      return "missing change";
    }
    return null;
  }

  private static int firstValidRecordAfter(byte[] bytes, int from) {
    int offset = from;
    while (offset < bytes.length) {
      int newline = indexOf(bytes, (byte) '\n', offset);
      if (newline < 0) {
        return -1;
      }
      try {
        Decoded decoded = LineCodec.decode(Arrays.copyOfRange(bytes, offset, newline), "change");
        if (recordProblem(decoded) == null) {
          return offset;
        }
      } catch (CorruptLineException e) {
        // still garbage; keep looking
      }
      offset = newline + 1;
    }
    return -1;
  }

  // Helpers.

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DataDirectoryException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static DataDirectoryException corrupt(Path file, long offset, String reason) {
    return new DataDirectoryException(
        "Corrupt data file "
            + file
            + " at byte offset "
            + offset
            + ": "
            + reason
            + ". Refusing to open; nothing was modified.");
  }
}
