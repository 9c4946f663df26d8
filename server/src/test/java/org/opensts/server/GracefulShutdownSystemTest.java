package org.opensts.server;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Stopping the server (what SIGTERM does through {@code GracefulExit}) with a request in flight:
 * the server stops accepting connections, answers the request, then closes.
 */
class GracefulShutdownSystemTest {

  private static final String FORM = "Action=GetCallerIdentity&Version=2011-06-15";

  @Test
  void givenARequestInFlight_stop_refusesNewConnectionsAndAnswersItBeforeClosing()
      throws Exception {
    TestServer server = TestServer.start("test-bootstrap.json");
    int port = server.endpoint().getPort();
    CompletableFuture<Void> stopping;
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Content-Type: application/x-www-form-urlencoded\r\n"
                  + "Content-Length: "
                  + FORM.length()
                  + "\r\n\r\n"
                  + FORM.substring(0, 10))
              .getBytes(US_ASCII));
      out.flush();
      Thread.sleep(300);

      stopping = CompletableFuture.runAsync(server::close);
      Thread.sleep(700);

      assertFalse(stopping.isDone(), "the server waits for the request in flight");
      assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close());
      out.write(FORM.substring(10).getBytes(US_ASCII));
      out.flush();
      String response = readResponse(socket.getInputStream());
      assertTrue(response.startsWith("HTTP/1.1 403"), response);
      assertTrue(response.contains("<Code>MissingAuthenticationToken</Code>"), response);
    }
    stopping.get(15, SECONDS);
  }

  private static String readResponse(InputStream in) throws IOException {
    StringBuilder response = new StringBuilder();
    byte[] buffer = new byte[4096];
    int n;
    while (!response.toString().contains("</ErrorResponse>") && (n = in.read(buffer)) > 0) {
      response.append(new String(buffer, 0, n, US_ASCII));
    }
    return response.toString();
  }
}
