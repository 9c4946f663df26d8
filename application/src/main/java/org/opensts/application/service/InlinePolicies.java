package org.opensts.application.service;

import java.util.Map;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.policy.PolicyDocument;

/** Finds an inline policy of a user or role by its name, or fails as AWS does. */
final class InlinePolicies {

  private InlinePolicies() {}

  /**
   * @param entity {@code user} or {@code role}, as AWS's message names it
   */
  static PolicyDocument existing(
      Map<String, PolicyDocument> policies, String entity, String policyName) {
    PolicyDocument policy = policies.get(policyName);
    if (policy == null) {
      throw EntityException.noSuchEntity(
          "The " + entity + " policy with name " + policyName + " cannot be found.");
    }
    return policy;
  }
}
