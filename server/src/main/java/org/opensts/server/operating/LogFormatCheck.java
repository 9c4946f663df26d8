package org.opensts.server.operating;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.Set;

/**
 * Refuses to start on a log format that logback.xml does not know ({@code STS_LOG_FORMAT}), rather
 * than running without logs.
 */
@Context
final class LogFormatCheck {

  static final Set<String> FORMATS = Set.of("text", "json");

  LogFormatCheck(@Value("${sts.log-format:text}") String format) {
    if (!FORMATS.contains(format)) {
      throw new ConfigurationException(
          "Invalid STS_LOG_FORMAT (sts.log-format): " + format + " (expected text or json)");
    }
  }
}
