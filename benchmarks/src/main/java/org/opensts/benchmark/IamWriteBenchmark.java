package org.opensts.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.opensts.adapter.persistence.file.FileStores;
import org.opensts.adapter.persistence.memory.InMemoryUserStore;
import org.opensts.adapter.policyjson.JacksonPolicyDocumentParser;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.identity.UniqueId;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;
import org.opensts.domain.secret.MasterKey;

/**
 * IAM write throughput through the user store port, as the CreateUser and PutUserPolicy use cases
 * write: {@code memory} (the in-memory store) against {@code file} (the file store on a temporary
 * directory: every write journaled and fsynced before it returns, concurrent writers sharing one
 * fsync, a snapshot every 1,000 changes). One operation is one acknowledged change.
 *
 * <p>Not a test, and not run by {@code mvn verify}. Single-threaded and with four writers:
 *
 * <pre>
 * mvn -B -Pbenchmarks package -DskipTests -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar IamWriteBenchmark -t 1
 * java -jar benchmarks/target/benchmarks.jar IamWriteBenchmark -t 4
 * </pre>
 *
 * <p>Set {@code -Djava.io.tmpdir} (through {@code -jvmArgsAppend}) to measure another disk: the
 * figure is the disk's fsync rate times the writers a group commit gathers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class IamWriteBenchmark {

  private static final AccountId ACCOUNT = AccountId.of("123456789012");
  private static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],"
          + "\"Resource\":[\"arn:aws:s3:::bench-%s\",\"arn:aws:s3:::bench-%s/*\"]}]}";

  @Param({"memory", "file"})
  public String store;

  private UserStore users;
  private FileStores files;
  private Path directory;
  private PolicyDocument[] policies;
  private final AtomicLong names = new AtomicLong();

  @Setup(Level.Trial)
  public void open() throws IOException {
    JacksonPolicyDocumentParser parser = new JacksonPolicyDocumentParser();
    policies =
        new PolicyDocument[] {
          parser.parse(POLICY.formatted("blue", "blue"), PolicyKind.IDENTITY),
          parser.parse(POLICY.formatted("green", "green"), PolicyKind.IDENTITY)
        };
    if (store.equals("file")) {
      directory = Files.createTempDirectory("opensts-bench-");
      files =
          FileStores.open(
              directory,
              MasterKey.generate(new SecureRandom()),
              parser,
              new FileStores.Options(FileStores.Options.DEFAULT_COMPACT_EVERY, Clock.systemUTC()));
      users = files.users();
    } else {
      users = new InMemoryUserStore();
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    if (files != null) {
      files.close();
      try (Stream<Path> tree = Files.walk(directory)) {
        tree.sorted(Comparator.reverseOrder()).forEach(IamWriteBenchmark::delete);
      }
    }
  }

  /** Each writer's own user, for PutUserPolicy, and its random source for ids. */
  @State(Scope.Thread)
  public static class Writer {
    SplittableRandom random;
    String userName;
    long policies;

    @Setup(Level.Trial)
    public void createUser(IamWriteBenchmark benchmark) {
      random = new SplittableRandom();
      userName = "writer-" + benchmark.names.incrementAndGet();
      benchmark.users.add(benchmark.newUser(userName, random));
    }
  }

  /** CreateUser: a new user with two tags. */
  @Benchmark
  public boolean createUser(Writer writer) {
    return users.add(newUser("user-" + names.incrementAndGet(), writer.random));
  }

  /**
   * PutUserPolicy: the writer's user read, given its inline policy and saved. The policy alternates
   * between two documents of the same size: the store journals nothing for a save that changes
   * nothing, and the user stays the same size.
   */
  @Benchmark
  public User putUserPolicy(Writer writer) {
    User user = users.find(ACCOUNT, writer.userName).orElseThrow();
    User changed = user.withInlinePolicy("bench", policies[(int) (writer.policies & 1)]);
    users.save(changed);
    writer.policies++;
    return changed;
  }

  private User newUser(String name, SplittableRandom random) {
    return new User(
        ACCOUNT,
        UniqueId.USER.generate(random),
        IamPath.of("/bench/"),
        name,
        Map.of(),
        List.of(new Tag("team", "platform"), new Tag("cost-center", "42")),
        Instant.now());
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
