package org.opensts.application.service;

import java.time.Clock;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.iam.CreatePolicyCommand;
import org.opensts.application.port.in.iam.CreatePolicyResult;
import org.opensts.application.port.in.iam.CreatePolicyUseCase;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.UniqueId;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;

/** CreatePolicy: a new managed policy with a fresh ANPA id; names are unique in any case. */
final class CreatePolicyService implements CreatePolicyUseCase {

  private final PolicyStore policies;
  private final PolicyDocumentParser parser;
  private final IamAuthorizer authorizer;
  private final Clock clock;
  private final RandomGenerator random;

  CreatePolicyService(
      PolicyStore policies,
      PolicyDocumentParser parser,
      IamAuthorizer authorizer,
      Clock clock,
      RandomGenerator random) {
    this.policies = policies;
    this.parser = parser;
    this.authorizer = authorizer;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public CreatePolicyResult createPolicy(CreatePolicyCommand command) {
    AccountId account = command.caller().principal().account();
    IamPath path = command.path() == null ? IamPath.ROOT : IamPath.of(command.path());
    authorizer.authorize(
        command.caller(),
        "iam:CreatePolicy",
        ManagedPolicy.arn(account, path, command.policyName()).toString());
    PolicyDocument document = parser.parse(command.policyDocument(), PolicyKind.IDENTITY);
    ManagedPolicy policy =
        ManagedPolicy.create(
            account,
            UniqueId.POLICY.generate(random),
            path,
            command.policyName(),
            command.description(),
            document,
            command.tags(),
            clock.instant());
    if (!policies.add(policy)) {
      throw EntityException.alreadyExists(
          "A policy called "
              + command.policyName()
              + " already exists. Duplicate names are not allowed.");
    }
    return new CreatePolicyResult(policy);
  }
}
