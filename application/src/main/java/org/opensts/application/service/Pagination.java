package org.opensts.application.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.opensts.domain.error.InvalidRequestException;

/**
 * IAM's Marker/MaxItems paging over a list sorted by a key. The marker is opaque to clients: the
 * encoded key of the last item returned, so a page stays correct when items are added or removed
 * between calls.
 */
final class Pagination {

  static final int DEFAULT_MAX_ITEMS = 100;

  private Pagination() {}

  record Slice<T>(List<T> items, boolean truncated, String marker) {}

  static <T> Slice<T> page(List<T> all, Function<T, String> key, String marker, Integer maxItems) {
    int limit = maxItems == null ? DEFAULT_MAX_ITEMS : maxItems;
    List<T> sorted = all.stream().sorted(Comparator.comparing(key)).toList();
    String after = marker == null ? null : decode(marker);
    List<T> remaining =
        after == null
            ? sorted
            : sorted.stream().filter(item -> key.apply(item).compareTo(after) > 0).toList();
    if (remaining.size() <= limit) {
      return new Slice<>(remaining, false, null);
    }
    List<T> page = remaining.subList(0, limit);
    return new Slice<>(List.copyOf(page), true, encode(key.apply(page.get(limit - 1))));
  }

  private static String encode(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String marker) {
    try {
      return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.invalidInput("Invalid Marker.");
    }
  }
}
