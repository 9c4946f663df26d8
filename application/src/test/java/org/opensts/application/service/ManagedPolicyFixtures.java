package org.opensts.application.service;

import java.util.List;
import java.util.SplittableRandom;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.UniqueId;
import org.opensts.domain.policy.PolicyDocument;

/** Managed policies of account {@link TestAccounts#ALPHA} for service tests. */
final class ManagedPolicyFixtures {

  private static final SplittableRandom RANDOM = new SplittableRandom(5);

  private ManagedPolicyFixtures() {}

  /** A policy at path {@code /} whose document allows nothing. */
  static ManagedPolicy policy(String name) {
    return policy(name, new PolicyDocument("2012-10-17", List.of(), "{}"));
  }

  static ManagedPolicy policy(String name, PolicyDocument document) {
    return ManagedPolicy.create(
        TestAccounts.ALPHA,
        UniqueId.POLICY.generate(RANDOM),
        IamPath.ROOT,
        name,
        "",
        document,
        List.of(),
        TestClocks.NOW);
  }
}
