package org.opensts.adapter.persistence.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.ManagedPolicy;

/**
 * Managed policies in a map keyed by ARN. One lock guards it: an attachment quota spans several
 * policies, so per-entry atomicity would not be enough.
 */
public final class InMemoryPolicyStore implements PolicyStore {

  private final Map<String, ManagedPolicy> policies = new LinkedHashMap<>();

  @Override
  public synchronized boolean add(ManagedPolicy policy) {
    EntityKey key = EntityKey.of(policy.account(), policy.name());
    boolean taken =
        policies.values().stream()
            .anyMatch(existing -> EntityKey.of(existing.account(), existing.name()).equals(key));
    if (taken) {
      return false;
    }
    policies.put(policy.arn().toString(), policy);
    return true;
  }

  @Override
  public synchronized Optional<ManagedPolicy> find(String policyArn) {
    return Optional.ofNullable(policies.get(policyArn));
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
    policies.put(policyArn, policy.attachedTo(entityArn));
    return Attachment.ATTACHED;
  }

  @Override
  public synchronized boolean detach(String policyArn, String entityArn) {
    ManagedPolicy policy = policies.get(policyArn);
    if (policy == null || !policy.isAttachedTo(entityArn)) {
      return false;
    }
    policies.put(policyArn, policy.detachedFrom(entityArn));
    return true;
  }

  @Override
  public synchronized List<ManagedPolicy> attachedTo(String entityArn) {
    return policies.values().stream().filter(p -> p.isAttachedTo(entityArn)).toList();
  }
}
