package org.opensts.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.delegation.CreateTradeInTokenCommand;
import org.opensts.application.port.in.delegation.CreateTradeInTokenResult;
import org.opensts.application.port.in.delegation.CreateTradeInTokenUseCase;
import org.opensts.application.port.out.KeyRing;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.PackedPolicySize;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.TradeInToken;
import org.opensts.domain.credential.TradeInTokenCodec;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.policy.PolicyKind;

/**
 * The customer's side of temporary delegation: IAM records the identity that accepts, and that
 * identity's permissions, within the granted policy, are what the partner's credentials carry. Only
 * an IAM user or a role session without session policies may grant: the root's and a federated
 * user's permissions are not policies a session policy can narrow, and a session already narrowed
 * by session policies would hand out more than it holds.
 */
final class CreateTradeInTokenService implements CreateTradeInTokenUseCase {

  static final String ACTION = "iam:SendDelegationToken";

  /** How long the partner has to exchange the token; AWS documents none. */
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

  private final IamAuthorizer authorizer;
  private final PolicyDocumentParser parser;
  private final KeyRing keyRing;
  private final Clock clock;
  private final RandomGenerator random;

  CreateTradeInTokenService(
      IamAuthorizer authorizer,
      PolicyDocumentParser parser,
      KeyRing keyRing,
      Clock clock,
      RandomGenerator random) {
    this.authorizer = authorizer;
    this.parser = parser;
    this.keyRing = keyRing;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public CreateTradeInTokenResult createTradeInToken(CreateTradeInTokenCommand command) {
    Caller caller = command.caller();
    SessionContext context = CallerPermissions.contextOf(caller);
    Principal principal = caller.principal();
    if (!(principal instanceof IamUserPrincipal || principal instanceof AssumedRolePrincipal)
        || context.hasSessionPolicies()) {
      throw AccessDeniedException.because(
          "Only an IAM user or a role session without session policies can delegate access.");
    }
    TradeInToken token =
        new TradeInToken(
            id(),
            principal,
            command.partner(),
            command.policy(),
            Duration.ofSeconds(command.sessionDurationSeconds()),
            context.mfaAuthenticatedAt(),
            clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(TOKEN_LIFETIME));
    String assumedPrincipal = token.assumedPrincipalArn().toString();
    authorizer.authorize(caller, ACTION, assumedPrincipal);
    parser.parse(command.policy(), PolicyKind.IDENTITY);
    // It becomes the delegated session's session policy, so it must fit into a session token.
    PackedPolicySize.of(List.of(command.policy()), List.of(), List.of());
    return new CreateTradeInTokenResult(
        TradeInTokenCodec.seal(token, keyRing.current(), random),
        assumedPrincipal,
        token.expiresAt());
  }

  private String id() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
