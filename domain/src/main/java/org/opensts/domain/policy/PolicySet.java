package org.opensts.domain.policy;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.account.AccountId;

/**
 * The policies that govern one request, each in the role AWS's evaluation logic gives it: the
 * principal's identity policies, its permissions boundary and session policies, and the
 * resource-based policy of the resource (owned by {@code resourceAccount}).
 *
 * @param resourcePolicyRequired true for a role's trust policy, which must allow whatever the
 *     identity policies say
 */
public record PolicySet(
    List<PolicyDocument> identityPolicies,
    PolicyLayer permissionsBoundary,
    PolicyLayer sessionPolicies,
    PolicyLayer resourcePolicy,
    AccountId resourceAccount,
    boolean resourcePolicyRequired) {

  public PolicySet {
    identityPolicies = List.copyOf(identityPolicies);
    Objects.requireNonNull(permissionsBoundary, "permissionsBoundary");
    Objects.requireNonNull(sessionPolicies, "sessionPolicies");
    Objects.requireNonNull(resourcePolicy, "resourcePolicy");
    if (resourcePolicy.present()) {
      Objects.requireNonNull(resourceAccount, "resourceAccount");
    }
    if (resourcePolicyRequired && !resourcePolicy.present()) {
      throw new IllegalArgumentException("A required resource policy must be present");
    }
  }

  /** Identity policies only, for a resource in the principal's own account without a policy. */
  public static PolicySet identity(List<PolicyDocument> identityPolicies) {
    return new PolicySet(
        identityPolicies, PolicyLayer.ABSENT, PolicyLayer.ABSENT, PolicyLayer.ABSENT, null, false);
  }

  /** Assuming a role: its trust policy must allow, and it belongs to the role's account. */
  public static PolicySet trust(
      PolicyDocument trustPolicy, AccountId roleAccount, List<PolicyDocument> identityPolicies) {
    return identity(identityPolicies).withTrustPolicy(trustPolicy, roleAccount);
  }

  public PolicySet withPermissionsBoundary(PolicyLayer boundary) {
    return new PolicySet(
        identityPolicies,
        boundary,
        sessionPolicies,
        resourcePolicy,
        resourceAccount,
        resourcePolicyRequired);
  }

  public PolicySet withSessionPolicies(PolicyLayer session) {
    return new PolicySet(
        identityPolicies,
        permissionsBoundary,
        session,
        resourcePolicy,
        resourceAccount,
        resourcePolicyRequired);
  }

  /** The caller's policies, asking to assume a role: its trust policy must allow too. */
  public PolicySet withTrustPolicy(PolicyDocument trustPolicy, AccountId roleAccount) {
    return new PolicySet(
        identityPolicies,
        permissionsBoundary,
        sessionPolicies,
        PolicyLayer.of(trustPolicy),
        roleAccount,
        true);
  }

  public PolicySet withResourcePolicy(PolicyDocument policy, AccountId owner) {
    return new PolicySet(
        identityPolicies,
        permissionsBoundary,
        sessionPolicies,
        PolicyLayer.of(policy),
        owner,
        resourcePolicyRequired);
  }
}
