package org.opensts.adapter.grpc;

import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A message as the bytes that travelled, so that the signature is checked over what the client sent
 * rather than over a re-serialization that may order or drop fields differently.
 */
final class RawMessageMarshaller implements MethodDescriptor.Marshaller<byte[]> {

  static final RawMessageMarshaller INSTANCE = new RawMessageMarshaller();

  private RawMessageMarshaller() {}

  @Override
  public InputStream stream(byte[] message) {
    return new ByteArrayInputStream(message);
  }

  @Override
  public byte[] parse(InputStream stream) {
    try (stream) {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw Status.INTERNAL
          .withDescription("Reading the request message failed")
          .withCause(e)
          .asRuntimeException();
    }
  }
}
