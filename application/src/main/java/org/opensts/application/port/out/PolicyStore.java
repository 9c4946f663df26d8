package org.opensts.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.ManagedPolicy;

/**
 * Where customer managed policies live, with their attachments to users and roles. Names are unique
 * per account regardless of case; a policy is found by its exact ARN. Every change is atomic, so
 * that quotas and the rule "no deleting an attached policy" hold under concurrency.
 */
public interface PolicyStore {

  /** What {@link #attach} did. */
  enum Attachment {
    ATTACHED,
    NO_SUCH_POLICY,
    LIMIT_EXCEEDED
  }

  /** What {@link #delete} did. */
  enum Deletion {
    DELETED,
    NO_SUCH_POLICY,
    ATTACHED
  }

  /**
   * Adds a new policy unless the account has one of the same name (in any case).
   *
   * @return false when the name was taken, and nothing changed
   */
  boolean add(ManagedPolicy policy);

  Optional<ManagedPolicy> find(String policyArn);

  /** The account's policies, in no particular order. */
  List<ManagedPolicy> list(AccountId account);

  /** Removes the policy unless it is attached to anything. */
  Deletion delete(String policyArn);

  /**
   * Attaches the policy to a user or role (no change when it already is), unless the entity would
   * then have more than {@code maxPerEntity} policies attached.
   */
  Attachment attach(String policyArn, String entityArn, int maxPerEntity);

  /**
   * @return false when the policy was not attached to that entity (or does not exist)
   */
  boolean detach(String policyArn, String entityArn);

  /** The policies attached to a user or role, in no particular order. */
  List<ManagedPolicy> attachedTo(String entityArn);
}
