package org.opensts.domain.credential;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Raw DEFLATE (RFC 1951, no zlib header) with a bound on what inflating may produce. */
final class Deflate {

  private Deflate() {}

  static byte[] deflate(byte[] input) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(input);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 2 + 16);
      byte[] buffer = new byte[1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * @throws IOException when the stream is corrupt, truncated or inflates beyond {@code maxBytes}
   */
  static byte[] inflate(byte[] input, int offset, int maxBytes) throws IOException {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(input, offset, input.length - offset);
      ByteArrayOutputStream out = new ByteArrayOutputStream((input.length - offset) * 4);
      byte[] buffer = new byte[1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IOException("truncated deflate stream");
        }
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) {
          throw new IOException("inflates beyond " + maxBytes + " bytes");
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IOException(e);
    } finally {
      inflater.end();
    }
  }
}
