package org.opensts.application.port.in.oidc;

import java.util.List;

/**
 * @param newKeyIds the keys now current, one per algorithm
 * @param prunedKeyIds the retired keys removed, no longer published
 */
public record RotateWebTokenSigningKeysResult(List<String> newKeyIds, List<String> prunedKeyIds) {

  public RotateWebTokenSigningKeysResult {
    newKeyIds = List.copyOf(newKeyIds);
    prunedKeyIds = List.copyOf(prunedKeyIds);
  }
}
