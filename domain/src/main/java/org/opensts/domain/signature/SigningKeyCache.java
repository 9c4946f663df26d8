package org.opensts.domain.signature;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derived signing keys, least recently used first out. A key is valid for one secret and one scope
 * (a day, a region, a service), so a busy caller needs one derivation a day. Entries are keyed by
 * the secret itself, so another secret can never be served a key that is not its own.
 */
final class SigningKeyCache {

  private record Entry(String secretAccessKey, CredentialScope scope) {
    @Override
    public String toString() {
      return "Entry[" + scope + "]";
    }
  }

  private final Map<Entry, SigningKey> keys;

  SigningKeyCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, not " + capacity);
    }
    this.keys =
        new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Entry, SigningKey> eldest) {
            return size() > capacity;
          }
        };
  }

  SigningKey get(String secretAccessKey, CredentialScope scope) {
    Entry entry = new Entry(secretAccessKey, scope);
    synchronized (keys) {
      SigningKey cached = keys.get(entry);
      if (cached != null) {
        return cached;
      }
    }
    // Derive outside the lock; two threads racing on one new key derive the same bytes.
    SigningKey derived = SigningKey.derive(secretAccessKey, scope);
    synchronized (keys) {
      keys.putIfAbsent(entry, derived);
    }
    return derived;
  }

  int size() {
    synchronized (keys) {
      return keys.size();
    }
  }
}
