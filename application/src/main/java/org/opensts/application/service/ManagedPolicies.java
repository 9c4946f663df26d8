package org.opensts.application.service;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.ManagedPolicy;

/**
 * Finds the managed policy an IAM request names, once the caller may act on it, and attaches
 * policies to users and roles. Only policies of the caller's own account are found: nobody reaches
 * into another account.
 */
final class ManagedPolicies {

  private final PolicyStore policies;
  private final IamAuthorizer authorizer;

  ManagedPolicies(PolicyStore policies, IamAuthorizer authorizer) {
    this.policies = policies;
    this.authorizer = authorizer;
  }

  /**
   * The policy of that ARN in the caller's account, authorized on the ARN first so that a caller
   * without permission learns nothing about which policies exist.
   */
  ManagedPolicy authorized(Caller caller, String action, String policyArn) {
    authorizer.authorize(caller, action, policyArn);
    return find(caller.principal().account(), policyArn).orElseThrow(() -> notFound(policyArn));
  }

  java.util.Optional<ManagedPolicy> find(AccountId account, String policyArn) {
    return policies.find(policyArn).filter(policy -> policy.account().equals(account));
  }

  static EntityException notFound(String policyArn) {
    return EntityException.noSuchEntity("Policy " + policyArn + " was not found.");
  }

  /**
   * @param quota {@code PoliciesPerUser} or {@code PoliciesPerRole}
   */
  void attach(AccountId account, String policyArn, String entityArn, String quota) {
    PolicyStore.Attachment outcome =
        find(account, policyArn).isEmpty()
            ? PolicyStore.Attachment.NO_SUCH_POLICY
            : policies.attach(policyArn, entityArn, ManagedPolicy.MAX_ATTACHED_PER_ENTITY);
    switch (outcome) {
      case ATTACHED -> {}
      case NO_SUCH_POLICY ->
          throw EntityException.noSuchEntity(
              "Policy " + policyArn + " does not exist or is not attachable.");
      case LIMIT_EXCEEDED ->
          throw EntityException.limitExceeded(quota, ManagedPolicy.MAX_ATTACHED_PER_ENTITY);
    }
  }

  void detach(String policyArn, String entityArn) {
    if (!policies.detach(policyArn, entityArn)) {
      throw EntityException.noSuchEntity("Policy " + policyArn + " was not attached.");
    }
  }

  /** The policies attached to a user or role, under a path prefix, in name order, paged. */
  Pagination.Slice<ManagedPolicy> attachedTo(
      String entityArn, String pathPrefix, String marker, Integer maxItems) {
    return page(policies.attachedTo(entityArn), pathPrefix, p -> true, marker, maxItems);
  }

  static Pagination.Slice<ManagedPolicy> page(
      List<ManagedPolicy> all,
      String pathPrefix,
      Predicate<ManagedPolicy> filter,
      String marker,
      Integer maxItems) {
    String prefix = pathPrefix == null ? "/" : pathPrefix;
    return Pagination.page(
        all.stream()
            .filter(policy -> policy.path().value().startsWith(prefix))
            .filter(filter)
            .toList(),
        policy -> policy.name().toLowerCase(Locale.ROOT),
        marker,
        maxItems);
  }

  /** Refuses to delete a user or role that still has managed policies attached. */
  void checkNoneAttached(String entityArn) {
    if (!policies.attachedTo(entityArn).isEmpty()) {
      throw EntityException.deleteConflict("Cannot delete entity, must detach all policies first.");
    }
  }
}
