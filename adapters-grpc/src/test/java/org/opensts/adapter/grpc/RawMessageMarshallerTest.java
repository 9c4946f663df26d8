package org.opensts.adapter.grpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Drainable;
import io.grpc.KnownLength;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawMessageMarshallerTest {

  private static final byte[] MESSAGE = "a message".getBytes(StandardCharsets.US_ASCII);
  private static final RawMessageMarshaller MARSHALLER = RawMessageMarshaller.INSTANCE;

  @Test
  void aMessagesStream_isOfKnownLength_andDrainsWhole() throws IOException {
    InputStream stream = MARSHALLER.stream(MESSAGE);
    ByteArrayOutputStream drained = new ByteArrayOutputStream();

    assertInstanceOf(KnownLength.class, stream);
    assertEquals(MESSAGE.length, stream.available());
    assertEquals(MESSAGE.length, ((Drainable) stream).drainTo(drained));

    assertArrayEquals(MESSAGE, drained.toByteArray());
    assertEquals(-1, stream.read());
  }

  @Test
  void givenAStreamOfKnownLength_orNot_theMessage_isItsBytes() {
    assertArrayEquals(MESSAGE, MARSHALLER.parse(MARSHALLER.stream(MESSAGE)));
    assertArrayEquals(MESSAGE, MARSHALLER.parse(new ByteArrayInputStream(MESSAGE)));
  }

  @Test
  void givenAStreamLongerThanItsKnownLength_parsing_failsAsInternal() {
    InputStream understated =
        new KnownLengthStream(MESSAGE) {
          @Override
          public synchronized int available() {
            return MESSAGE.length - 1;
          }
        };

    StatusRuntimeException failure =
        assertThrows(StatusRuntimeException.class, () -> MARSHALLER.parse(understated));

    assertEquals(Status.Code.INTERNAL, failure.getStatus().getCode());
  }

  private static class KnownLengthStream extends ByteArrayInputStream implements KnownLength {
    KnownLengthStream(byte[] bytes) {
      super(bytes);
    }
  }
}
