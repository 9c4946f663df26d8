package org.opensts.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The real server ({@link StsServer}) in a child JVM, on free loopback ports, started with the
 * settings it is given as environment variables; {@link #start} returns once it is listening.
 *
 * <p>The child runs the test JVM's own classpath (the server jar is built after the tests); {@link
 * #packedClasspath} packs its directories into jars, which class-data sharing needs. The child's
 * stdout and stderr are kept (the last {@value #OUTPUT_LINES} lines) for {@link #output()}.
 */
final class ChildServer implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final int OUTPUT_LINES = 5000;
  private static final String LISTENING = "OpenSTS is listening on http://";

  private final Process process;
  private final URI endpoint;
  private final Deque<String> output = new ArrayDeque<>();
  private final CompletableFuture<Void> listening = new CompletableFuture<>();
  private Thread reader;

  private ChildServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /**
   * The settings of a server on the file store in {@code dataDir}, sealed with {@code masterKey},
   * seeded from {@code bootstrap}, without rate limit; add to or override them before {@link
   * #start}.
   */
  static Map<String, String> fileStore(Path dataDir, String masterKey, Path bootstrap) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("STS_STORE", "file");
    env.put("STS_DATA_DIR", dataDir.toString());
    env.put("STS_MASTER_KEY", masterKey);
    env.put("STS_BOOTSTRAP", bootstrap.toString());
    env.put("STS_RATE_LIMIT_PER_KEY", "0");
    return env;
  }

  /**
   * Starts a server with {@code settings} as environment variables (STS_HTTP_PORT and STS_GRPC_PORT
   * are free ports chosen here) and {@code jvmOptions} after the default small-JVM options, and
   * waits until it listens.
   */
  static ChildServer start(
      List<String> classpath, List<String> jvmOptions, Map<String, String> settings) {
    int httpPort = freePort();
    int grpcPort = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xmx256m");
    command.add("-Xlog:cds=off,cds+dynamic=off");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classpath));
    command.add("org.opensts.server.StsServer");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.putAll(settings);
    env.put("STS_HTTP_PORT", Integer.toString(httpPort));
    env.put("STS_GRPC_PORT", Integer.toString(grpcPort));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChildServer child = new ChildServer(process, URI.create("http://127.0.0.1:" + httpPort));
    child.awaitListening();
    return child;
  }

  private void awaitListening() {
    reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  synchronized (output) {
                    output.add(line);
                    if (output.size() > OUTPUT_LINES) {
                      output.removeFirst();
                    }
                  }
                  if (line.startsWith(LISTENING)) {
                    listening.complete(null);
                  }
                }
              } catch (IOException e) {
                // the process died
              }
              listening.completeExceptionally(new IllegalStateException("server exited"));
            },
            "child-server-output");
    reader.setDaemon(true);
    reader.start();
    try {
      listening.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new AssertionError("The server did not start:\n" + output(), e);
    }
  }

  URI endpoint() {
    return endpoint;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * What the server wrote to stdout and stderr (the last lines); once it has exited, all of it up
   * to its end.
   */
  String output() {
    if (!process.isAlive() && reader != null && Thread.currentThread() != reader) {
      try {
        reader.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  /** An IAM client of this server: no retries, 20 s per call. */
  IamClient iam(AwsCredentials credentials) {
    return IamClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(
            o -> o.retryStrategy(b -> b.maxAttempts(1)).apiCallTimeout(Duration.ofSeconds(20)))
        .build();
  }

  /** An STS client of this server: no retries, 20 s per call. */
  StsClient sts(AwsCredentials credentials) {
    return StsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(
            o -> o.retryStrategy(b -> b.maxAttempts(1)).apiCallTimeout(Duration.ofSeconds(20)))
        .build();
  }

  /** SIGKILL. */
  void kill() {
    process.destroyForcibly();
  }

  /** SIGTERM, without waiting. */
  void terminate() {
    process.destroy();
  }

  /** The exit code once the process has exited, waiting at most {@code timeout}; empty if not. */
  OptionalInt exitCode(Duration timeout) throws InterruptedException {
    if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return OptionalInt.of(process.exitValue());
    }
    return OptionalInt.empty();
  }

  /** SIGTERM, and waits for the exit (60 s at most). */
  void stop() throws InterruptedException {
    terminate();
    if (exitCode(Duration.ofSeconds(60)).isEmpty()) {
      process.destroyForcibly();
      fail("The server did not stop on SIGTERM:\n" + output());
    }
  }

  /** Waits for the end of a killed process (30 s at most). */
  void awaitDeath() throws InterruptedException {
    if (exitCode(Duration.ofSeconds(30)).isEmpty()) {
      fail("The server survived SIGKILL");
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The test JVM's classpath as it is. */
  static List<String> testClasspath() {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
  }

  /**
   * The test JVM's classpath, with each directory (target/classes, target/test-classes) packed into
   * a jar in {@code into}: class-data sharing archives classes from jars only.
   */
  static List<String> packedClasspath(Path into) throws IOException {
    Files.createDirectories(into);
    List<String> entries = new ArrayList<>();
    int index = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.isDirectory(path)) {
        entries.add(entry);
        continue;
      }
      Path jar = into.resolve("dir-" + (index++) + ".jar");
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
          Stream<Path> files = Files.walk(path)) {
        for (Path file : (Iterable<Path>) files.sorted()::iterator) {
          if (file.equals(path)) {
            continue;
          }
          String name = path.relativize(file).toString().replace(File.separatorChar, '/');
          if (Files.isDirectory(file)) {
            out.putNextEntry(new ZipEntry(name + "/"));
          } else {
            out.putNextEntry(new ZipEntry(name));
            try (var in = Files.newInputStream(file)) {
              in.transferTo(out);
            }
          }
          out.closeEntry();
        }
      }
      entries.add(jar.toString());
    }
    return entries;
  }

  /** A master key for the file store: the base64 of 32 random bytes. */
  static String randomMasterKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
