package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Several requests written at once on one connection (HTTP/1.1 pipelining): Query requests to
 * {@code /} are served ahead of Micronaut's router, everything else through it, and the responses
 * still come back in the order of the requests.
 */
class PipelinedRequestsSystemTest extends SystemTest {

  private static final String STS_GCI = "Action=GetCallerIdentity&Version=2011-06-15";
  private static final String IAM_LIST_USERS = "Action=ListUsers&Version=2010-05-08";
  private static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
  private static final String IAM_NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

  @Test
  void givenQueryAndHealthRequestsPipelined_responses_comeInRequestOrder() throws IOException {
    List<Response> responses =
        exchange(
            post("/", STS_GCI)
                + get("/health/readiness")
                + post("/", STS_GCI)
                + get("/health/liveness")
                + get("/?" + STS_GCI),
            5);

    assertQueryError(responses.get(0), STS_NAMESPACE);
    assertHealth(responses.get(1));
    assertQueryError(responses.get(2), STS_NAMESPACE);
    assertHealth(responses.get(3));
    assertQueryError(responses.get(4), STS_NAMESPACE);
  }

  @Test
  void givenARequestThatMayWaitFirst_theStsRequestBehindIt_isAnsweredAfterIt() throws IOException {
    // IAM requests run on the blocking pool; the STS request behind must not overtake them.
    List<Response> responses =
        exchange(
            post("/", IAM_LIST_USERS)
                + post("/", STS_GCI)
                + post("/", IAM_LIST_USERS)
                + post("/", IAM_LIST_USERS)
                + post("/", STS_GCI),
            5);

    assertQueryError(responses.get(0), IAM_NAMESPACE);
    assertQueryError(responses.get(1), STS_NAMESPACE);
    assertQueryError(responses.get(2), IAM_NAMESPACE);
    assertQueryError(responses.get(3), IAM_NAMESPACE);
    assertQueryError(responses.get(4), STS_NAMESPACE);
  }

  @Test
  void givenConnectionClose_theResponse_saysSoAndTheServerEndsTheConnection() throws IOException {
    try (Socket socket = connect()) {
      socket
          .getOutputStream()
          .write(
              ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                      + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                      + STS_GCI.length()
                      + "\r\n\r\n"
                      + STS_GCI)
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      Response response = Response.read(in);

      assertQueryError(response, STS_NAMESPACE);
      assertEquals("close", response.header("connection"));
      assertEquals(-1, in.read(), "the connection ends after the response");
    }
  }

  @Test
  void givenAChunkedBody_theRequest_isServedAsAnyOther() throws IOException {
    String chunked =
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n\r\n"
            + Integer.toHexString(STS_GCI.length())
            + "\r\n"
            + STS_GCI
            + "\r\n0\r\n\r\n";

    List<Response> responses = exchange(chunked + post("/", STS_GCI), 2);

    assertQueryError(responses.get(0), STS_NAMESPACE);
    assertQueryError(responses.get(1), STS_NAMESPACE);
  }

  private static List<Response> exchange(String requests, int count) throws IOException {
    try (Socket socket = connect()) {
      socket.getOutputStream().write(requests.getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      List<Response> responses = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        responses.add(Response.read(in));
      }
      return responses;
    }
  }

  private static Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", server.endpoint().getPort());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static String post(String path, String body) {
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        + "Content-Length: "
        + body.length()
        + "\r\n\r\n"
        + body;
  }

  private static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  }

  private static void assertQueryError(Response response, String namespace) {
    assertEquals(403, response.status(), response.body());
    assertEquals("text/xml", response.header("content-type"));
    assertTrue(response.body().startsWith("<ErrorResponse xmlns=\"" + namespace + "\">"));
    assertTrue(response.body().contains("<Code>MissingAuthenticationToken</Code>"));
  }

  private static void assertHealth(Response response) {
    assertEquals(200, response.status(), response.body());
    assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
  }

  /** One HTTP/1.1 response read off the stream, framed by its Content-Length. */
  private record Response(int status, List<String> headers, String body) {

    static Response read(InputStream in) throws IOException {
      String statusLine = line(in);
      List<String> headers = new ArrayList<>();
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        headers.add(header);
      }
      Response head = new Response(Integer.parseInt(statusLine.split(" ")[1]), headers, "");
      byte[] body = in.readNBytes(Integer.parseInt(head.header("content-length")));
      return new Response(head.status, headers, new String(body, StandardCharsets.UTF_8));
    }

    String header(String name) {
      return headers.stream()
          .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(name + ":"))
          .map(h -> h.substring(name.length() + 1).trim())
          .findFirst()
          .orElse(null);
    }

    private static String line(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("the connection ended mid-response: " + line);
        }
        if (b != '\r') {
          line.write(b);
        }
      }
      return line.toString(StandardCharsets.US_ASCII);
    }
  }
}
