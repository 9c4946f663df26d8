package org.opensts.adapter.postgres;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key ids recently looked up in the database and not found there, so that tokens naming no key do
 * not each cost a query on the path that verifies tokens. Bounded: when full it forgets them all.
 */
final class AbsentKeyIds {

  private static final Duration FOR = Duration.ofSeconds(1);
  private static final int MAX = 1024;

  private final Map<String, Long> until = new ConcurrentHashMap<>();

  boolean recently(String keyId) {
    Long deadline = until.get(keyId);
    if (deadline == null) {
      return false;
    }
    if (System.nanoTime() - deadline < 0) {
      return true;
    }
    until.remove(keyId, deadline);
    return false;
  }

  void remember(String keyId) {
    if (until.size() >= MAX) {
      until.clear();
    }
    until.put(keyId, System.nanoTime() + FOR.toNanos());
  }
}
