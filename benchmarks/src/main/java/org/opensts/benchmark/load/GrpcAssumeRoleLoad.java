package org.opensts.benchmark.load;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.opensts.adapter.grpc.SigV4ClientInterceptor;
import org.opensts.adapter.grpc.v1.AssumeRoleRequest;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;

/**
 * Scenario (d): AssumeRole over gRPC, closed loop. Each of {@code connections} workers has its own
 * channel (one HTTP/2 connection) and one call in flight at a time, signed by the project's public
 * SigV4 client interceptor, as an internal service would call. It prints one line of {@code
 * key=value} pairs: requests, errors, seconds, rps, p50_ms, p99_ms.
 *
 * <p>Usage: {@code GrpcAssumeRoleLoad <host> <port> <accessKeyId> <secret> <roleArn> <connections>
 * <warmupSeconds> <seconds>}
 */
public final class GrpcAssumeRoleLoad {

  private GrpcAssumeRoleLoad() {}

  public static void main(String[] args) throws InterruptedException {
    String host = args[0];
    int port = Integer.parseInt(args[1]);
    SigV4ClientInterceptor signer =
        new SigV4ClientInterceptor(
            SigV4ClientInterceptor.Credentials.of(args[2], args[3]), "us-east-1");
    String roleArn = args[4];
    int connections = Integer.parseInt(args[5]);
    long warmupNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[6]));
    long measureNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[7]));

    long start = System.nanoTime();
    long measureFrom = start + warmupNanos;
    long measureUntil = measureFrom + measureNanos;
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    List<ManagedChannel> channels = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(connections);
    for (int c = 0; c < connections; c++) {
      ManagedChannel channel = NettyChannelBuilder.forAddress(host, port).usePlaintext().build();
      channels.add(channel);
      SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub sts =
          SecurityTokenServiceGrpc.newBlockingStub(channel).withInterceptors(signer);
      Recorder recorder = new Recorder();
      int worker = c;
      Thread thread =
          new Thread(
              () -> {
                try {
                  long i = 0;
                  while (true) {
                    long before = System.nanoTime();
                    if (before >= measureUntil) {
                      return;
                    }
                    boolean ok = call(sts, roleArn, "grpc-" + worker + "-" + (i++ % 1000));
                    long after = System.nanoTime();
                    if (before >= measureFrom) {
                      if (ok) {
                        recorder.add(after - before);
                      } else {
                        errors.incrementAndGet();
                      }
                    }
                  }
                } finally {
                  synchronized (latencies) {
                    latencies.add(recorder.values());
                  }
                  done.countDown();
                }
              },
              "grpc-load-" + c);
      workers.add(thread);
    }
    workers.forEach(Thread::start);
    done.await();
    channels.forEach(ManagedChannel::shutdownNow);

    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    double seconds = measureNanos / 1e9;
    System.out.printf(
        "requests=%d errors=%d seconds=%.1f rps=%.1f p50_ms=%.3f p99_ms=%.3f%n",
        all.length,
        errors.get(),
        seconds,
        all.length / seconds,
        percentile(all, 0.50) / 1e6,
        percentile(all, 0.99) / 1e6);
  }

  private static boolean call(
      SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub sts, String roleArn, String name) {
    try {
      sts.withDeadlineAfter(10, TimeUnit.SECONDS)
          .assumeRole(
              AssumeRoleRequest.newBuilder()
                  .setRoleArn(roleArn)
                  .setRoleSessionName(name)
                  .setDurationSeconds(3600)
                  .build());
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  /** One worker's latencies, in a growing array: no boxing, no sharing. */
  private static final class Recorder {
    private long[] values = new long[1 << 16];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] values() {
      return Arrays.copyOf(values, size);
    }
  }
}
