package org.opensts.adapter.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.UniqueId;

/** What every PolicyStore must do; each implementation supplies only the factory. */
public abstract class AbstractPolicyStoreContractTest {

  private static final String ALICE = "arn:aws:iam::111111111111:user/alice";
  private static final SplittableRandom RANDOM = new SplittableRandom(3);

  protected abstract PolicyStore newStore();

  private static ManagedPolicy policy(AccountId account, String name) {
    return ManagedPolicy.create(
        account,
        UniqueId.POLICY.generate(RANDOM),
        IamPath.ROOT,
        name,
        "",
        TestPolicies.allow("s3:GetObject", "*"),
        List.of(),
        Instant.parse("2025-01-01T00:00:00Z"));
  }

  @Test
  void givenAddedPolicy_find_returnsItByItsArn() {
    PolicyStore store = newStore();
    ManagedPolicy policy = policy(TestAccounts.ALPHA, "readers");

    assertTrue(store.add(policy));

    assertEquals(policy, store.find(policy.arn().toString()).orElseThrow());
  }

  @Test
  void givenPolicyOfSameNameInAnyCase_add_refusesAndChangesNothing() {
    PolicyStore store = newStore();
    ManagedPolicy first = policy(TestAccounts.ALPHA, "readers");
    store.add(first);

    assertFalse(store.add(policy(TestAccounts.ALPHA, "READERS")));
    assertEquals(List.of(first), store.list(TestAccounts.ALPHA));
  }

  @Test
  void givenPoliciesInTwoAccounts_list_returnsOnlyTheAccountsPolicies() {
    PolicyStore store = newStore();
    ManagedPolicy alpha = policy(TestAccounts.ALPHA, "readers");
    store.add(alpha);
    store.add(policy(TestAccounts.BETA, "readers"));

    assertEquals(List.of(alpha), store.list(TestAccounts.ALPHA));
  }

  @Test
  void givenAttachedPolicy_delete_refusesUntilDetached() {
    PolicyStore store = newStore();
    ManagedPolicy policy = policy(TestAccounts.ALPHA, "readers");
    String arn = policy.arn().toString();
    store.add(policy);
    assertEquals(PolicyStore.Attachment.ATTACHED, store.attach(arn, ALICE, 10));

    assertEquals(PolicyStore.Deletion.ATTACHED, store.delete(arn));
    assertTrue(store.detach(arn, ALICE));
    assertEquals(PolicyStore.Deletion.DELETED, store.delete(arn));
    assertEquals(PolicyStore.Deletion.NO_SUCH_POLICY, store.delete(arn));
  }

  @Test
  void givenAttachments_attachedTo_andAttachmentCount_followThem() {
    PolicyStore store = newStore();
    ManagedPolicy policy = policy(TestAccounts.ALPHA, "readers");
    String arn = policy.arn().toString();
    store.add(policy);

    store.attach(arn, ALICE, 10);
    store.attach(arn, ALICE, 10);

    assertEquals(1, store.find(arn).orElseThrow().attachmentCount());
    assertEquals(Set.of("readers"), names(store.attachedTo(ALICE)));
    assertFalse(store.detach(arn, "arn:aws:iam::111111111111:role/other"));
  }

  @Test
  void givenPoliciesAttachedToTwoEntities_detachingFromOne_leavesTheOthers() {
    PolicyStore store = newStore();
    String readers = added(store, "readers");
    String writers = added(store, "writers");
    String bob = "arn:aws:iam::111111111111:user/bob";
    store.attach(readers, ALICE, 10);
    store.attach(writers, ALICE, 10);
    store.attach(readers, bob, 10);

    assertTrue(store.detach(readers, ALICE));

    assertEquals(Set.of("writers"), names(store.attachedTo(ALICE)));
    assertEquals(Set.of("readers"), names(store.attachedTo(bob)));
    assertTrue(store.detach(writers, ALICE));
    assertEquals(Set.of(), names(store.attachedTo(ALICE)));
    assertEquals(PolicyStore.Deletion.DELETED, store.delete(writers));
    assertEquals(Set.of("readers"), names(store.attachedTo(bob)));
  }

  @Test
  void givenUnknownPolicy_attach_reportsNoSuchPolicy() {
    assertEquals(
        PolicyStore.Attachment.NO_SUCH_POLICY,
        newStore().attach("arn:aws:iam::111111111111:policy/none", ALICE, 10));
  }

  @Test
  void givenEntityAtItsQuota_attach_refusesAnotherPolicy() {
    PolicyStore store = newStore();
    for (int i = 0; i < 3; i++) {
      ManagedPolicy policy = policy(TestAccounts.ALPHA, "p" + i);
      store.add(policy);
      store.attach(policy.arn().toString(), ALICE, 2);
    }

    assertEquals(2, store.attachedTo(ALICE).size());
  }

  @Test
  void givenConcurrentAttachments_attach_neverExceedsTheQuota() throws Exception {
    PolicyStore store = newStore();
    List<Callable<PolicyStore.Attachment>> attachments = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      ManagedPolicy policy = policy(TestAccounts.ALPHA, "p" + i);
      store.add(policy);
      attachments.add(() -> store.attach(policy.arn().toString(), ALICE, 10));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<PolicyStore.Attachment> result : pool.invokeAll(attachments)) {
        result.get();
      }
    } finally {
      pool.shutdown();
    }

    assertEquals(10, store.attachedTo(ALICE).size());
  }

  private static String added(PolicyStore store, String name) {
    ManagedPolicy policy = policy(TestAccounts.ALPHA, name);
    store.add(policy);
    return policy.arn().toString();
  }

  private static Set<String> names(List<ManagedPolicy> policies) {
    Set<String> names = new java.util.HashSet<>();
    policies.forEach(p -> names.add(p.name()));
    return names;
  }
}
