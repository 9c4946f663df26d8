package org.opensts.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.ManagedPolicy;

/**
 * Managed policies in a map keyed by ARN. One lock guards changes: an attachment quota spans
 * several policies, so per-entry atomicity would not be enough. Requests read without it: every
 * authenticated request reads its caller's attached policies, and a scan of every policy under the
 * lock made that cost grow with the store and made the request threads queue.
 */
public final class InMemoryPolicyStore implements PolicyStore {

  /** In creation order, as {@link #list} returns them; guarded by this. */
  private final Map<String, ManagedPolicy> policies = new LinkedHashMap<>();

  /** The same policies, for reads without the lock. */
  private final Map<String, ManagedPolicy> byArn = new ConcurrentHashMap<>();

  /** The ARNs of the policies attached to each user or role, in creation order. */
  private final Map<String, List<String>> attachedByEntity = new ConcurrentHashMap<>();

  @Override
  public synchronized boolean add(ManagedPolicy policy) {
    EntityKey key = EntityKey.of(policy.account(), policy.name());
    boolean taken =
        policies.values().stream()
            .anyMatch(existing -> EntityKey.of(existing.account(), existing.name()).equals(key));
    if (taken) {
      return false;
    }
    store(policy);
    // A policy restored from a snapshot or journal comes with its attachments.
    policy.attachedTo().forEach(this::index);
    return true;
  }

  @Override
  public Optional<ManagedPolicy> find(String policyArn) {
    return Optional.ofNullable(byArn.get(policyArn));
  }

  @Override
  public synchronized List<ManagedPolicy> list(AccountId account) {
    return policies.values().stream().filter(p -> p.account().equals(account)).toList();
  }

  @Override
  public synchronized Deletion delete(String policyArn) {
    ManagedPolicy policy = policies.get(policyArn);
    if (policy == null) {
      return Deletion.NO_SUCH_POLICY;
    }
    if (policy.attachmentCount() > 0) {
      return Deletion.ATTACHED;
    }
    policies.remove(policyArn);
    byArn.remove(policyArn);
    return Deletion.DELETED;
  }

  @Override
  public synchronized Attachment attach(String policyArn, String entityArn, int maxPerEntity) {
    ManagedPolicy policy = policies.get(policyArn);
    if (policy == null) {
      return Attachment.NO_SUCH_POLICY;
    }
    if (!policy.isAttachedTo(entityArn) && attachedTo(entityArn).size() >= maxPerEntity) {
      return Attachment.LIMIT_EXCEEDED;
    }
    replace(policy.attachedTo(entityArn), entityArn);
    return Attachment.ATTACHED;
  }

  @Override
  public synchronized boolean detach(String policyArn, String entityArn) {
    ManagedPolicy policy = policies.get(policyArn);
    if (policy == null || !policy.isAttachedTo(entityArn)) {
      return false;
    }
    replace(policy.detachedFrom(entityArn), entityArn);
    return true;
  }

  /** Filtered by the policies themselves too: a reader may meet an attachment half changed. */
  @Override
  public List<ManagedPolicy> attachedTo(String entityArn) {
    List<String> arns = attachedByEntity.getOrDefault(entityArn, List.of());
    List<ManagedPolicy> attached = new ArrayList<>(arns.size());
    for (String arn : arns) {
      ManagedPolicy policy = byArn.get(arn);
      if (policy != null && policy.isAttachedTo(entityArn)) {
        attached.add(policy);
      }
    }
    return List.copyOf(attached);
  }

  /** Stores a policy whose attachment to {@code entityArn} changed, and that entity's index. */
  private void replace(ManagedPolicy policy, String entityArn) {
    store(policy);
    index(entityArn);
  }

  private void store(ManagedPolicy policy) {
    String arn = policy.arn().toString();
    policies.put(arn, policy);
    byArn.put(arn, policy);
  }

  private void index(String entityArn) {
    List<String> attached =
        policies.values().stream()
            .filter(p -> p.isAttachedTo(entityArn))
            .map(p -> p.arn().toString())
            .toList();
    if (attached.isEmpty()) {
      attachedByEntity.remove(entityArn);
    } else {
      attachedByEntity.put(entityArn, attached);
    }
  }
}
