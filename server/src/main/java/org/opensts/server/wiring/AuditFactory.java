package org.opensts.server.wiring;

import static org.opensts.server.wiring.SettingChecks.require;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import org.opensts.adapter.audit.JsonLinesAuditTrail;

/**
 * The audit trail: CloudTrail-format JSON lines in {@code STS_AUDIT_LOG} (by default {@code
 * audit.jsonl} in {@code STS_DATA_DIR} with the file store, in the working directory otherwise),
 * drained and closed at shutdown after the requests in flight.
 */
@Factory
class AuditFactory {

  static final String DEFAULT_FILE = "audit.jsonl";

  @Singleton
  @Bean(preDestroy = "close")
  JsonLinesAuditTrail auditTrail(
      StsSettings settings,
      @Value("${sts.audit.log:}") String log,
      @Value("${sts.audit.max-bytes:104857600}") long maxBytes,
      @Value("${sts.audit.max-files:10}") int maxFiles,
      @Value("${sts.audit.queue-size:10000}") int queueSize) {
    require(
        maxBytes >= 1024, "STS_AUDIT_MAX_BYTES (sts.audit.max-bytes)", maxBytes, "at least 1024");
    require(maxFiles >= 0, "STS_AUDIT_MAX_FILES (sts.audit.max-files)", maxFiles, "0 or more");
    require(queueSize >= 1, "STS_AUDIT_QUEUE_SIZE (sts.audit.queue-size)", queueSize, "at least 1");
    return new JsonLinesAuditTrail(
        new JsonLinesAuditTrail.Options(
            file(settings, log), maxBytes, maxFiles, queueSize, Duration.ofSeconds(10)));
  }

  static Path file(StsSettings settings, String log) {
    if (log != null && !log.isBlank()) {
      return Path.of(log);
    }
    return "file".equals(settings.getStore())
        ? Path.of(settings.getDataDir()).resolve(DEFAULT_FILE)
        : Path.of(DEFAULT_FILE);
  }
}
