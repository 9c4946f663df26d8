package org.opensts.adapter.grpc;

import io.grpc.Drainable;
import io.grpc.KnownLength;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A message as the bytes that travelled, so that the signature is checked over what the client sent
 * rather than over a re-serialization that may order or drop fields differently.
 */
final class RawMessageMarshaller implements MethodDescriptor.Marshaller<byte[]> {

  static final RawMessageMarshaller INSTANCE = new RawMessageMarshaller();

  private RawMessageMarshaller() {}

  /**
   * A stream grpc-java can size and drain: otherwise it copies a message through a fresh 8 KiB
   * buffer, and protobuf parses it through a 4 KiB one.
   */
  @Override
  public InputStream stream(byte[] message) {
    return new BytesStream(message);
  }

  /** Reads a stream of known length (every stream grpc-java hands over) into an exact array. */
  @Override
  public byte[] parse(InputStream stream) {
    try (stream) {
      if (!(stream instanceof KnownLength)) {
        return stream.readAllBytes();
      }
      byte[] message = stream.readNBytes(stream.available());
      if (stream.read() >= 0) {
        throw new IOException("The stream was longer than its known length");
      }
      return message;
    } catch (IOException e) {
      throw Status.INTERNAL
          .withDescription("Reading the request message failed")
          .withCause(e)
          .asRuntimeException();
    }
  }

  private static final class BytesStream extends ByteArrayInputStream
      implements KnownLength, Drainable {

    BytesStream(byte[] message) {
      super(message);
    }

    @Override
    public synchronized int drainTo(OutputStream target) throws IOException {
      int drained = count - pos;
      target.write(buf, pos, drained);
      pos = count;
      return drained;
    }
  }
}
