package org.opensts.application.port.in.admin;

import java.util.List;
import java.util.Objects;

/**
 * What a rotation did, by key id only (never key material).
 *
 * @param newKeyId the key that now seals new session tokens
 * @param keptKeyIds the older keys still held, newest first: they still open the tokens they sealed
 * @param prunedKeyIds the keys removed because they retired longer ago than the longest session
 */
public record RotateSealingKeyResult(
    String newKeyId, List<String> keptKeyIds, List<String> prunedKeyIds) {

  public RotateSealingKeyResult {
    Objects.requireNonNull(newKeyId, "newKeyId");
    keptKeyIds = List.copyOf(keptKeyIds);
    prunedKeyIds = List.copyOf(prunedKeyIds);
  }
}
