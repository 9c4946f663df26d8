package org.opensts.adapter.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.application.port.out.AuditEvent;

class JsonLinesAuditTrailTest {

  @TempDir Path dir;

  static AuditEvent event(String requestId) {
    return event(
        requestId, Map.of("roleArn", "arn:aws:iam::123456789012:role/r", "roleSessionName", "s"));
  }

  static AuditEvent event(String requestId, Map<String, Object> requestParameters) {
    return new AuditEvent(
        Instant.parse("2025-01-01T00:00:00.123Z"),
        AuditEvent.STS,
        "AssumeRole",
        "us-east-1",
        "192.0.2.1",
        "aws-sdk-java",
        new AuditEvent.UserIdentity(
            "IAMUser",
            "AIDAEXAMPLE",
            "arn:aws:iam::123456789012:user/alice",
            "123456789012",
            "AKIAEXAMPLE",
            "alice",
            null,
            null),
        requestParameters,
        Map.of("credentials", Map.of("accessKeyId", "ASIAEXAMPLE")),
        null,
        null,
        requestId,
        UUID.randomUUID().toString(),
        false,
        "123456789012",
        "shared-1");
  }

  private JsonLinesAuditTrail trail(long maxBytes, int keep, int queue) {
    return new JsonLinesAuditTrail(
        new JsonLinesAuditTrail.Options(
            dir.resolve("audit.jsonl"), maxBytes, keep, queue, Duration.ofSeconds(10)));
  }

  @Test
  void givenEvents_close_flushesThemAsOneJsonLineEach() throws IOException {
    JsonLinesAuditTrail trail = trail(1 << 20, 2, 100);
    for (int i = 0; i < 50; i++) {
      trail.record(event("req-" + i));
    }

    trail.close();

    List<String> lines = Files.readAllLines(dir.resolve("audit.jsonl"));
    assertEquals(50, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("1.08", first.get("eventVersion").asText());
    assertEquals("2025-01-01T00:00:00Z", first.get("eventTime").asText());
    assertEquals("sts.amazonaws.com", first.get("eventSource").asText());
    assertEquals("AssumeRole", first.get("eventName").asText());
    assertEquals("IAMUser", first.at("/userIdentity/type").asText());
    assertEquals(
        "arn:aws:iam::123456789012:role/r", first.at("/requestParameters/roleArn").asText());
    assertEquals("ASIAEXAMPLE", first.at("/responseElements/credentials/accessKeyId").asText());
    assertEquals("req-0", first.get("requestID").asText());
    assertEquals("shared-1", first.get("sharedEventID").asText());
    assertFalse(first.has("errorCode"));
    assertEquals(0, trail.droppedEvents());
  }

  @Test
  void givenAnEventThatCannotBeWritten_record_dropsOnlyThatEvent() throws IOException {
    JsonLinesAuditTrail trail = trail(1 << 20, 2, 100);
    trail.record(event("req-0"));

    // Jackson, the fallback for other values, has no serializer for a bare Object.
    trail.record(event("unwritable", Map.of("value", new Object())));
    trail.record(event("req-1"));
    trail.close();

    List<String> lines = Files.readAllLines(dir.resolve("audit.jsonl"));
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).contains("\"req-1\""));
    assertEquals(1, trail.droppedEvents());
  }

  @Test
  void givenFileOverItsSize_append_rotatesAndKeepsOnlyTheNewestFiles() throws IOException {
    JsonLinesAuditTrail trail = trail(2_000, 2, 1_000);
    for (int i = 0; i < 40; i++) {
      trail.record(event("req-" + i));
    }

    trail.close();

    assertTrue(Files.exists(dir.resolve("audit.jsonl")));
    assertTrue(Files.exists(dir.resolve("audit.jsonl.1")));
    assertTrue(Files.exists(dir.resolve("audit.jsonl.2")));
    assertFalse(Files.exists(dir.resolve("audit.jsonl.3")));
    assertTrue(Files.size(dir.resolve("audit.jsonl.1")) <= 2_000);
    List<String> newest = Files.readAllLines(dir.resolve("audit.jsonl"));
    assertTrue(newest.get(newest.size() - 1).contains("\"req-39\""));
  }

  @Test
  void givenTheFileDeletedUnderTheWriter_laterEvents_landInANewFileAndNoneIsLost()
      throws Exception {
    JsonLinesAuditTrail trail = trail(2_000, 2, 1_000);
    trail.record(event("before"));
    awaitLine(dir.resolve("audit.jsonl"), "\"before\"");

    Files.delete(dir.resolve("audit.jsonl"));
    for (int i = 0; i < 40; i++) {
      trail.record(event("after-" + i));
    }
    trail.close();

    assertEquals(0, trail.droppedEvents());
    List<String> newest = Files.readAllLines(dir.resolve("audit.jsonl"));
    assertTrue(newest.get(newest.size() - 1).contains("\"after-39\""));
  }

  private static void awaitLine(Path file, String text) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!(Files.exists(file) && Files.readString(file).contains(text))) {
      assertTrue(System.nanoTime() < deadline, "no line with " + text);
      Thread.sleep(10);
    }
  }

  @Test
  void givenFullQueue_record_dropsAndCountsWithoutBlocking() {
    JsonLinesAuditTrail trail = trail(1 << 20, 1, 1);
    long start = System.nanoTime();
    for (int i = 0; i < 100_000; i++) {
      trail.record(event("req-" + i));
    }
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    trail.close();

    assertTrue(trail.droppedEvents() > 0, "some events are dropped with a queue of one");
    assertTrue(elapsedMillis < 10_000, "recording never waits on the writer");
  }

  @Test
  void givenClosedTrail_record_dropsTheEvent() {
    JsonLinesAuditTrail trail = trail(1 << 20, 1, 10);
    trail.close();

    trail.record(event("late"));

    assertEquals(1, trail.droppedEvents());
  }
}
