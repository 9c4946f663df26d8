package org.opensts.adapter.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.SecretAccessKey;

/** What every AccessKeyStore must do; each implementation supplies only the factory. */
public abstract class AbstractAccessKeyStoreContractTest {

  private final SplittableRandom random = new SplittableRandom(7);

  protected abstract AccessKeyStore newStore();

  @Test
  void givenSavedKey_find_returnsItById() {
    AccessKeyStore store = newStore();
    AccessKey key = aKey(AccessKeyStatus.ACTIVE);
    store.save(key);

    assertEquals(key, store.find(key.id()).orElseThrow());
  }

  @Test
  void givenSavedKey_saveWithNewStatus_replacesIt() {
    AccessKeyStore store = newStore();
    AccessKey key = aKey(AccessKeyStatus.ACTIVE);
    store.save(key);

    store.save(
        new AccessKey(
            key.id(), key.secret(), key.owner(), AccessKeyStatus.INACTIVE, key.createDate()));

    assertEquals(AccessKeyStatus.INACTIVE, store.find(key.id()).orElseThrow().status());
  }

  @Test
  void givenUnknownId_find_returnsNothing() {
    assertTrue(newStore().find(AccessKeyId.longTerm(TestAccounts.ALPHA, random)).isEmpty());
  }

  private AccessKey aKey(AccessKeyStatus status) {
    return new AccessKey(
        AccessKeyId.longTerm(TestAccounts.ALPHA, random),
        SecretAccessKey.generate(random),
        new AccountRootPrincipal(TestAccounts.ALPHA),
        status,
        TestClocks.NOW);
  }

  @Test
  void givenOwnerAtTheLimit_add_refusesTheNextKey() {
    AccessKeyStore store = newStore();

    assertTrue(store.add(aKey(AccessKeyStatus.ACTIVE), 2));
    assertTrue(store.add(aKey(AccessKeyStatus.INACTIVE), 2));
    assertFalse(store.add(aKey(AccessKeyStatus.ACTIVE), 2));
    assertEquals(2, store.findByOwner(new AccountRootPrincipal(TestAccounts.ALPHA)).size());
  }

  @Test
  void givenConcurrentAdds_add_neverExceedsTheLimit() throws Exception {
    AccessKeyStore store = newStore();
    List<Callable<Boolean>> adds = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      AccessKey key = aKey(AccessKeyStatus.ACTIVE);
      adds.add(() -> store.add(key, 2));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    int added = 0;
    try {
      for (Future<Boolean> result : pool.invokeAll(adds)) {
        added += result.get() ? 1 : 0;
      }
    } finally {
      pool.shutdown();
    }

    assertEquals(2, added);
    assertEquals(2, store.findByOwner(new AccountRootPrincipal(TestAccounts.ALPHA)).size());
  }
}
