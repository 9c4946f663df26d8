package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.User;

/**
 * SIGTERM to the real server, a child process on the file store, in the middle of a burst of IAM
 * CreateUser calls from eight threads (issue 9): the process exits 0 within a bound; every call is
 * either answered with success or fails at the connection level (refused or reset once the server
 * stopped listening), never with an error response; every acknowledged user is there after a
 * restart on the same directory; the audit trail, flushed at shutdown, records every acknowledged
 * call; and no call the server handled went unanswered.
 */
class GracefulShutdownProcessSystemTest {

  private static final String PATH = "/burst/";
  private static final int THREADS = 8;
  private static final int ACKNOWLEDGED_BEFORE_SIGTERM = 300;
  private static final Duration GRACE_PERIOD = Duration.ofSeconds(10);

  /** Below the grace period plus GracefulExit's 10 s margin, after which the server exits 1. */
  private static final Duration EXIT_BOUND = Duration.ofSeconds(15);

  @TempDir Path work;

  /** The fate of one CreateUser call. */
  record Failure(String userName, boolean afterSigterm, SdkException exception) {
    @Override
    public String toString() {
      return userName
          + (afterSigterm ? " (after SIGTERM): " : " (before SIGTERM): ")
          + exception.getClass().getSimpleName()
          + " "
          + exception.getMessage();
    }
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void givenABurstOfCreateUser_sigterm_exitsZeroAnswersInFlightCallsAndLosesNoAcknowledgedUser()
      throws Exception {
    long began = System.nanoTime();
    Path bootstrap = work.resolve("bootstrap.json");
    Files.copy(TestServer.copyResource("test-bootstrap.json"), bootstrap);
    Path auditLog = work.resolve("audit.jsonl");
    Map<String, String> settings =
        ChildServer.fileStore(work.resolve("data"), ChildServer.randomMasterKey(), bootstrap);
    settings.put("STS_AUDIT_LOG", auditLog.toString());
    settings.put("STS_SHUTDOWN_GRACE_PERIOD", GRACE_PERIOD.toSeconds() + "s");
    settings.put("STS_COMPACT_EVERY", "100");
    List<String> classpath = ChildServer.testClasspath();

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    ConcurrentLinkedQueue<Failure> connectionFailures = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Failure> wrongFailures = new ConcurrentLinkedQueue<>();
    AtomicInteger acknowledgedAfterSigterm = new AtomicInteger();
    AtomicBoolean sigtermSent = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_SIGTERM);
    OptionalInt exitCode;
    long exitMillis;
    String output;

    try (ChildServer server = ChildServer.start(classpath, List.of(), settings)) {
      long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        IamClient iam = server.iam(TestAccounts.ALPHA_ROOT);
        threads.add(
            new Thread(
                () -> {
                  for (int i = 0; !stop.get(); i++) {
                    String name = "b" + thread + "-" + i;
                    try {
                      iam.createUser(r -> r.userName(name).path(PATH));
                      acknowledged.add(name);
                      enough.countDown();
                      if (sigtermSent.get()) {
                        acknowledgedAfterSigterm.incrementAndGet();
                      }
                    } catch (SdkClientException e) {
                      // Acceptable once SIGTERM was sent: whether the server had handled the call
                      // is checked against the audit trail below.
                      Failure failure = new Failure(name, sigtermSent.get(), e);
                      if (failure.afterSigterm() && isConnectionLevel(e)) {
                        connectionFailures.add(failure);
                      } else {
                        wrongFailures.add(failure);
                      }
                      pause(5);
                    } catch (SdkException e) {
                      // An error response (AwsServiceException), 5xx or otherwise: never
                      // acceptable.
                      wrongFailures.add(new Failure(name, sigtermSent.get(), e));
                      pause(5);
                    }
                  }
                },
                "burst-" + t));
      }
      threads.forEach(Thread::start);
      try {
        assertTrue(
            enough.await(30, TimeUnit.SECONDS),
            "acknowledged before SIGTERM: " + acknowledged.size() + "; " + wrongFailures);
        int before = acknowledged.size();
        long sigtermAt = System.nanoTime();
        sigtermSent.set(true);
        server.terminate();
        exitCode = server.exitCode(EXIT_BOUND);
        exitMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sigtermAt);
        output = server.output();
        System.out.printf(
            "GracefulShutdownProcessSystemTest: started in %d ms, SIGTERM after %d acknowledged,"
                + " exit %s after %d ms%n",
            startMillis, before, exitCode, exitMillis);
      } finally {
        stop.set(true);
        for (Thread thread : threads) {
          thread.join(30_000);
        }
      }
    }

    List<String> troubles =
        output
            .lines()
            .filter(
                line ->
                    line.contains(" ERROR ")
                        || line.contains(" WARN ")
                        || line.contains("Exception")
                        || line.startsWith("\tat "))
            .toList();

    // The audit trail, read before anything else writes to it: every line whole, one successful
    // CreateUser event per acknowledged call, and none for a call whose connection failed.
    Map<String, List<JsonNode>> events = createUserEvents(auditLog);
    Set<String> audited =
        events.entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(ev -> !ev.has("errorCode")))
            .map(Map.Entry::getKey)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> unaudited = new TreeSet<>(acknowledged);
    unaudited.removeAll(audited);
    Set<String> handledButUnanswered =
        connectionFailures.stream()
            .map(Failure::userName)
            .filter(events::containsKey)
            .collect(Collectors.toCollection(TreeSet::new));
    List<String> duplicated =
        events.entrySet().stream()
            .filter(e -> e.getValue().size() != 1)
            .map(e -> e.getKey() + " " + e.getValue())
            .toList();

    // A second server on the same directory holds every acknowledged user.
    Set<String> stored;
    Map<String, String> again = new java.util.HashMap<>(settings);
    again.put("STS_AUDIT_LOG", work.resolve("audit-after-restart.jsonl").toString());
    try (ChildServer restarted = ChildServer.start(classpath, List.of(), again)) {
      stored =
          restarted
              .iam(TestAccounts.ALPHA_ROOT)
              .listUsersPaginator(r -> r.pathPrefix(PATH))
              .users()
              .stream()
              .map(User::userName)
              .collect(Collectors.toCollection(TreeSet::new));
      restarted.stop();
    }
    Set<String> lost = new TreeSet<>(acknowledged);
    lost.removeAll(stored);
    Set<String> auditedButNotStored = new TreeSet<>(audited);
    auditedButNotStored.removeAll(stored);
    Set<String> storedButNotAudited = new TreeSet<>(stored);
    storedButNotAudited.removeAll(events.keySet());

    System.out.printf(
        "GracefulShutdownProcessSystemTest: acknowledged=%d (%d answered after SIGTERM),"
            + " connection failures=%d, stored=%d, audited=%d, %d ms in all%n",
        acknowledged.size(),
        acknowledgedAfterSigterm.get(),
        connectionFailures.size(),
        stored.size(),
        audited.size(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
    OptionalInt exit = exitCode;
    String serverOutput = output;
    assertAll(
        () ->
            assertEquals(
                OptionalInt.of(0),
                exit,
                "exit status within " + EXIT_BOUND.toSeconds() + " s of SIGTERM"),
        () ->
            assertEquals(
                "",
                wrongFailures.stream().map(Failure::toString).collect(Collectors.joining("\n")),
                "calls answered with an error, or failing at the connection level before SIGTERM"),
        () ->
            assertEquals(
                List.of(),
                troubles,
                "warnings or errors in the server's output; all of it:\n" + serverOutput),
        () -> assertEquals(Set.of(), lost, "acknowledged users missing after restart"),
        () -> assertEquals(Set.of(), unaudited, "acknowledged CreateUser calls not in the audit"),
        () ->
            assertEquals(
                Set.of(),
                handledButUnanswered,
                "calls the server handled (audited) whose answer never arrived"),
        () -> assertEquals(List.of(), duplicated, "CreateUser events other than one per user"),
        () -> assertEquals(Set.of(), auditedButNotStored, "audited as created, but not stored"),
        () -> assertEquals(Set.of(), storedButNotAudited, "stored users without an audit event"));
  }

  /** CreateUser events by the user name they name; fails on a line that is not whole JSON. */
  private static Map<String, List<JsonNode>> createUserEvents(Path auditLog) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<JsonNode>> events = new java.util.TreeMap<>();
    List<String> lines = Files.readAllLines(auditLog);
    for (int i = 0; i < lines.size(); i++) {
      JsonNode event;
      try {
        event = json.readTree(lines.get(i));
      } catch (IOException e) {
        fail("audit line " + (i + 1) + " of " + lines.size() + " is not whole: " + lines.get(i));
        return events;
      }
      if ("CreateUser".equals(event.path("eventName").asText())) {
        String name = event.at("/requestParameters/userName").asText();
        events.computeIfAbsent(name, n -> new ArrayList<>()).add(event);
      }
    }
    return events;
  }

  /** A failure to connect, or a connection closed or reset: an IOException under the SDK's. */
  private static boolean isConnectionLevel(SdkClientException e) {
    Set<Throwable> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Throwable cause = e.getCause(); cause != null && seen.add(cause); ) {
      if (cause instanceof IOException) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
