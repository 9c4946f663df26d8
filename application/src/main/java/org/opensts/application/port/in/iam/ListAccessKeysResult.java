package org.opensts.application.port.in.iam;

import java.util.List;
import org.opensts.domain.identity.AccessKey;

/** One page of a principal's keys; {@code marker} is null on the last page. */
public record ListAccessKeysResult(List<AccessKey> keys, boolean truncated, String marker) {

  public ListAccessKeysResult {
    keys = List.copyOf(keys);
  }
}
