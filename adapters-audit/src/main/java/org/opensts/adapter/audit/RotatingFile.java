package org.opensts.adapter.audit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An append-only text file that rolls over by size: {@code audit.jsonl} becomes {@code
 * audit.jsonl.1}, the former {@code .1} becomes {@code .2}, and so on; beyond {@code keep} rotated
 * files the oldest is deleted. Used by one thread only.
 */
final class RotatingFile implements AutoCloseable {

  private final Path path;
  private final long maxBytes;
  private final int keep;
  private OutputStream out;
  private long size;

  RotatingFile(Path path, long maxBytes, int keep) throws IOException {
    this.path = path;
    this.maxBytes = maxBytes;
    this.keep = keep;
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    open();
  }

  /**
   * Appends one line, line break included; rolls over first when the line would take the file over
   * its size.
   */
  void append(byte[] line) throws IOException {
    if (size > 0 && size + line.length > maxBytes) {
      rotate();
    }
    out.write(line);
    size += line.length;
  }

  void flush() throws IOException {
    out.flush();
  }

  Path rotated(int generation) {
    return path.resolveSibling(path.getFileName() + "." + generation);
  }

  /**
   * Rolls over. The file may have been moved or deleted by someone else (an external log rotation);
   * then there is nothing to roll, and a new file is opened either way, so that one failure never
   * leaves the trail writing to a closed or vanished file.
   */
  private void rotate() throws IOException {
    out.close();
    try {
      Files.deleteIfExists(rotated(keep));
      for (int generation = keep - 1; generation >= 1; generation--) {
        if (Files.exists(rotated(generation))) {
          Files.move(
              rotated(generation), rotated(generation + 1), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      if (keep >= 1 && Files.exists(path)) {
        Files.move(path, rotated(1), StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.deleteIfExists(path);
      }
    } finally {
      open();
    }
  }

  private void open() throws IOException {
    out =
        new BufferedOutputStream(
            Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
            1 << 16);
    size = Files.size(path);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
