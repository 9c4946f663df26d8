package org.opensts.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.delegation.CreateTradeInTokenUseCase;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenUseCase;
import org.opensts.application.port.out.KeyRing;
import org.opensts.application.port.out.PolicyDocumentParser;

/**
 * Builds temporary delegation: the customer's grant of a trade-in token and the partner's
 * GetDelegatedAccessToken, beside {@link StsUseCases} and with its permissions, authorizer and
 * credential issuing.
 */
public final class DelegationUseCases {

  private final CreateTradeInTokenUseCase createTradeInToken;
  private final GetDelegatedAccessTokenUseCase getDelegatedAccessToken;

  private DelegationUseCases(StsUseCases core, Ports ports, Clock clock, RandomGenerator random) {
    this.createTradeInToken =
        new CreateTradeInTokenService(
            core.iamAuthorizer(), ports.policyParser(), ports.keyRing(), clock, random);
    this.getDelegatedAccessToken =
        new GetDelegatedAccessTokenService(
            core.callerPermissions(),
            core.requestKeys(),
            core.roleStore(),
            ports.keyRing(),
            core.credentialIssuer(),
            clock);
  }

  /**
   * @param core the STS and IAM use cases, whose permissions, authorizer and issuer these share
   * @param clock the only source of time
   * @param random the only source of randomness (token ids, nonces): pass a SecureRandom
   */
  public static DelegationUseCases create(
      StsUseCases core, Ports ports, Clock clock, RandomGenerator random) {
    return new DelegationUseCases(
        Objects.requireNonNull(core, "core"),
        Objects.requireNonNull(ports, "ports"),
        Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(random, "random"));
  }

  /**
   * The key ring that seals trade-in tokens (the session tokens' own, so that rotation and pruning
   * apply alike) and the parser that checks granted policies: the core's.
   */
  public record Ports(KeyRing keyRing, PolicyDocumentParser policyParser) {

    public Ports {
      Objects.requireNonNull(keyRing, "keyRing");
      Objects.requireNonNull(policyParser, "policyParser");
    }
  }

  public CreateTradeInTokenUseCase createTradeInToken() {
    return createTradeInToken;
  }

  public GetDelegatedAccessTokenUseCase getDelegatedAccessToken() {
    return getDelegatedAccessToken;
  }
}
