package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A setting out of range stops start-up with a message naming it as the README's table does. */
class InvalidSettingsSystemTest {

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "sts.limits.rate-per-key, -1, STS_RATE_LIMIT_PER_KEY",
    "sts.limits.burst-per-key, 0, STS_RATE_LIMIT_BURST",
    "sts.limits.max-concurrent-requests, -5, STS_MAX_CONCURRENT_REQUESTS",
    "sts.audit.max-bytes, 10, STS_AUDIT_MAX_BYTES",
    "sts.audit.queue-size, 0, STS_AUDIT_QUEUE_SIZE",
    "sts.log-format, xml, STS_LOG_FORMAT"
  })
  void givenASettingOutOfRange_start_failsNamingIt(String property, String value, String name) {
    RuntimeException e =
        assertThrows(RuntimeException.class, () -> TestServer.start(Map.of(property, value)));

    assertTrue(messages(e).contains(name), messages(e));
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
