package org.opensts.application.service;

import java.time.Clock;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.iam.CreateAccessKeyCommand;
import org.opensts.application.port.in.iam.CreateAccessKeyResult;
import org.opensts.application.port.in.iam.CreateAccessKeyUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;

/** CreateAccessKey: a new active AKIA key, at most two per user (and for the root). */
final class CreateAccessKeyService implements CreateAccessKeyUseCase {

  static final int MAX_KEYS = 2;

  private final AccessKeyStore accessKeys;
  private final IamUsers iamUsers;
  private final Clock clock;
  private final RandomGenerator random;

  CreateAccessKeyService(
      AccessKeyStore accessKeys, IamUsers iamUsers, Clock clock, RandomGenerator random) {
    this.accessKeys = accessKeys;
    this.iamUsers = iamUsers;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public CreateAccessKeyResult createAccessKey(CreateAccessKeyCommand command) {
    Principal owner =
        iamUsers.authorizedKeyOwner(command.caller(), "iam:CreateAccessKey", command.userName());
    AccessKey key =
        new AccessKey(
            AccessKeyId.longTerm(owner.account(), random),
            SecretAccessKey.generate(random),
            owner,
            AccessKeyStatus.ACTIVE,
            clock.instant());
    if (!accessKeys.add(key, MAX_KEYS)) {
      throw EntityException.limitExceeded("AccessKeysPerUser", MAX_KEYS);
    }
    return new CreateAccessKeyResult(key);
  }
}
