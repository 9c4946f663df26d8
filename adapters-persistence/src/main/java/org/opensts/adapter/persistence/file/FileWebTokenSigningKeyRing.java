package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opensts.adapter.persistence.memory.WebTokenKeyChains;
import org.opensts.application.port.out.WebTokenSigningKeyRing;
import org.opensts.domain.secret.SecretBox;
import org.opensts.domain.webtoken.SigningAlgorithm;
import org.opensts.domain.webtoken.WebTokenSigningKey;

/**
 * The web token signing keys, journaled with their private halves sealed, so that the tokens they
 * signed still verify after a restart. A new key (first use or rotation) is one record, and each
 * pruned key one more; a key's retirement is the creation of the next one of its algorithm.
 *
 * <p>Reads are synchronized with the changes, unlike the other file stores: a key is handed out
 * only once its record is durable, never during the write-behind window, so that no token is signed
 * with a key a crash could lose.
 */
final class FileWebTokenSigningKeyRing implements WebTokenSigningKeyRing {

  private final WebTokenKeyChains chains = new WebTokenKeyChains();
  private final ChangeJournal journal;
  private final ChangeRecords records;
  private final SecureRandom random;

  FileWebTokenSigningKeyRing(ChangeJournal journal, ChangeRecords records, SecureRandom random) {
    this.journal = journal;
    this.records = records;
    this.random = random;
  }

  @Override
  public synchronized WebTokenSigningKey current(SigningAlgorithm algorithm, Instant now) {
    return chains.current(algorithm).orElseGet(() -> rotate(algorithm, now));
  }

  @Override
  public synchronized List<WebTokenSigningKey> published() {
    return chains.published();
  }

  @Override
  public synchronized WebTokenSigningKey rotate(SigningAlgorithm algorithm, Instant now) {
    WebTokenSigningKey next = chains.next(algorithm, algorithm.generateKeyPair(random), now);
    try {
      journal.change(
          slot(next.keyId()),
          () -> {
            chains.put(next);
            return null;
          });
    } catch (RuntimeException e) {
      // When the key could not be queued the journal has taken it out already; when its fsync
      // failed it is still in memory, maybe not on disk: take it out so that nothing signs with it.
      chains.remove(next.keyId());
      throw e;
    }
    return next;
  }

  @Override
  public synchronized List<String> prune(Instant retiredAtOrBefore) {
    List<String> removed = new ArrayList<>();
    for (String id : chains.retiredAtOrBefore(retiredAtOrBefore)) {
      journal.change(
          slot(id),
          () -> {
            chains.remove(id);
            return null;
          });
      removed.add(id);
    }
    return removed;
  }

  void replay(JsonNode record) throws SecretBox.WrongKeyException {
    if (ChangeRecords.isPut(record)) {
      chains.put(records.webTokenKey(record));
    } else {
      chains.remove(record.path("id").asText());
    }
  }

  private ChangeJournal.Slot<WebTokenSigningKey> slot(String id) {
    return new ChangeJournal.Slot<>(
        () -> chains.find(id),
        key -> records.put(key),
        () -> ChangeRecords.delete(ChangeRecords.WEB_TOKEN_KEY, id),
        chains::put,
        () -> chains.remove(id));
  }
}
