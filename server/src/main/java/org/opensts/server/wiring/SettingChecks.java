package org.opensts.server.wiring;

import io.micronaut.context.exceptions.ConfigurationException;

/** Start-up refuses a setting out of range with a message that names it as the README does. */
final class SettingChecks {

  private SettingChecks() {}

  static void require(boolean valid, String name, Object value, String expected) {
    if (!valid) {
      throw new ConfigurationException(
          "Invalid " + name + ": " + value + " (expected " + expected + ")");
    }
  }
}
