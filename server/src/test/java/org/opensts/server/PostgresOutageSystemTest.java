package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opensts.adapter.grpc.v1.GetCallerIdentityRequest;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * A node on PostgreSQL when the database goes away: writes get AWS's ServiceUnavailable (503),
 * authentication and session tokens keep working from the node's mirror, readiness says DOWN, and
 * the node recovers by itself when the database returns, with every acknowledged write kept. A node
 * started while the database is down starts non-ready and becomes ready once it answers.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PostgresOutageSystemTest {

  private static final Duration RECOVERY = Duration.ofSeconds(30);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String masterKey = ChildServer.randomMasterKey();

  @Test
  void givenWritesUnderLoad_databaseStoppedAndStarted_failsThemAs503ThenRecoversLosingNothing()
      throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.started();
        TestServer node =
            TestServer.start(
                "test-bootstrap.json",
                database.nodeSettings(database.freshDatabase(), masterKey))) {
      Credentials session =
          node.sts(TestAccounts.ALICE)
              .assumeRole(r -> r.roleArn(TestAccounts.role("direct")).roleSessionName("outage"))
              .credentials();
      Writer writer = new Writer(IamClients.iam(node, TestAccounts.ALPHA_ROOT));
      Thread writing = new Thread(writer, "outage-writer");
      writing.start();
      awaitAcknowledged(writer, 5);

      database.stop();
      awaitReadiness(node, 503);
      IamErrors.assertIamError(
          503,
          "ServiceUnavailable",
          () ->
              IamClients.iam(node, TestAccounts.ALPHA_ROOT)
                  .createUser(r -> r.userName("during-outage")));
      String alice = node.sts(TestAccounts.ALICE).getCallerIdentity().arn();
      String sessionArn =
          node.sts(
                  AwsSessionCredentials.create(
                      session.accessKeyId(), session.secretAccessKey(), session.sessionToken()))
              .getCallerIdentity()
              .arn();
      String assumedDuringOutage =
          node.sts(TestAccounts.ALICE)
              .assumeRole(r -> r.roleArn(TestAccounts.role("direct")).roleSessionName("during"))
              .assumedRoleUser()
              .arn();
      int acknowledgedBeforeRestart = writer.acknowledged.size();

      database.start();
      awaitReadiness(node, 200);
      awaitAcknowledged(writer, acknowledgedBeforeRestart + 5);
      writer.running.set(false);
      writing.join(30_000);

      assertEquals("arn:aws:iam::111111111111:user/alice", alice);
      assertEquals("arn:aws:sts::111111111111:assumed-role/direct/outage", sessionArn);
      assertEquals("arn:aws:sts::111111111111:assumed-role/direct/during", assumedDuringOutage);
      assertTrue(writer.unavailable.get() > 0, "no write saw the outage");
      assertEquals(List.of(), List.copyOf(writer.failures));
      Set<String> users =
          IamClients.iam(node, TestAccounts.ALPHA_ROOT).listUsersPaginator(r -> {}).users().stream()
              .map(u -> u.userName())
              .collect(Collectors.toSet());
      Set<String> lost =
          writer.acknowledged.stream()
              .filter(name -> !users.contains(name))
              .collect(Collectors.toSet());
      assertEquals(Set.of(), lost, "acknowledged, then lost");
      System.out.printf(
          "PostgreSQL outage: %d writes acknowledged, %d refused with 503%n",
          writer.acknowledged.size(), writer.unavailable.get());
    }
  }

  @Test
  void givenTheDatabaseDownAtStart_theNode_startsNonReadyAndBecomesReadyWhenItAnswers()
      throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.notStarted();
        TestServer node =
            TestServer.start("test-bootstrap.json", database.nodeSettings("postgres", masterKey))) {
      assertEquals(503, readiness(node));
      IamErrors.assertIamError(
          503,
          "ServiceUnavailable",
          () -> IamClients.iam(node, TestAccounts.ALPHA_ROOT).listUsers());
      StsException overHttp =
          assertThrows(StsException.class, () -> node.sts(TestAccounts.ALICE).getCallerIdentity());
      assertEquals(503, overHttp.statusCode());
      assertEquals("ServiceUnavailable", overHttp.awsErrorDetails().errorCode());
      assertEquals(Status.Code.UNAVAILABLE, grpcCallerIdentityFailure(node).getCode());

      database.start();
      awaitReadiness(node, 200);

      assertEquals(
          "arn:aws:iam::111111111111:user/alice",
          node.sts(TestAccounts.ALICE).getCallerIdentity().arn());
    }
  }

  private static Status grpcCallerIdentityFailure(TestServer node) {
    ManagedChannel channel =
        ManagedChannelBuilder.forAddress("127.0.0.1", node.grpcPort()).usePlaintext().build();
    try {
      return assertThrows(
              StatusRuntimeException.class,
              () ->
                  SecurityTokenServiceGrpc.newBlockingStub(channel)
                      .withInterceptors(GrpcSigners.of(TestAccounts.ALICE))
                      .getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()))
          .getStatus();
    } finally {
      channel.shutdownNow();
    }
  }

  /** CreateUser after CreateUser, noting which were acknowledged and which refused with 503. */
  private static final class Writer implements Runnable {

    private final IamClient iam;
    final AtomicBoolean running = new AtomicBoolean(true);
    final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    final AtomicInteger unavailable = new AtomicInteger();
    final Queue<String> failures = new ConcurrentLinkedQueue<>();

    Writer(IamClient iam) {
      this.iam = iam;
    }

    @Override
    public void run() {
      for (int i = 0; running.get(); i++) {
        String name = "load-" + i;
        try {
          iam.createUser(r -> r.userName(name));
          acknowledged.add(name);
        } catch (IamException e) {
          if (e.statusCode() == 503
              && "ServiceUnavailable".equals(e.awsErrorDetails().errorCode())) {
            unavailable.incrementAndGet();
          } else {
            failures.add(name + ": " + e.getMessage());
          }
        } catch (RuntimeException e) {
          failures.add(name + ": " + e);
        }
        pause();
      }
    }

    private static void pause() {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void awaitAcknowledged(Writer writer, int count) throws InterruptedException {
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    while (writer.acknowledged.size() < count) {
      assertTrue(System.nanoTime() < deadline, "writes not acknowledged: " + writer.failures);
      Thread.sleep(20);
    }
  }

  private static void awaitReadiness(TestServer node, int status) throws InterruptedException {
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    while (readiness(node) != status) {
      assertTrue(System.nanoTime() < deadline, "readiness never answered " + status);
      Thread.sleep(50);
    }
  }

  /** The status of {@code /health/readiness}: 200 when ready, 503 when not. */
  private static int readiness(TestServer node) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(node.endpoint() + "/health/readiness")).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
