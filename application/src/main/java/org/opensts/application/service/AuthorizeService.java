package org.opensts.application.service;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.auth.AuthorizeCommand;
import org.opensts.application.port.in.auth.AuthorizeResult;
import org.opensts.application.port.in.auth.AuthorizeUseCase;
import org.opensts.application.port.out.KeyRing;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.authorization.AuthorizationMessage;
import org.opensts.domain.authorization.AuthorizationMessageCodec;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.Decision;
import org.opensts.domain.policy.PolicyEvaluator;
import org.opensts.domain.policy.PolicyKind;
import org.opensts.domain.policy.PolicyLayer;
import org.opensts.domain.policy.PolicySet;
import org.opensts.domain.policy.RequestContext;

/**
 * Authorize: evaluates the caller's policies, and the resource's policy when the service has one,
 * for a request an internal service received; a denial comes back with its sealed reasons.
 */
final class AuthorizeService implements AuthorizeUseCase {

  private final CallerPermissions permissions;
  private final RequestKeys requestKeys;
  private final PolicyDocumentParser parser;
  private final KeyRing keyRing;
  private final RandomGenerator random;

  AuthorizeService(
      CallerPermissions permissions,
      RequestKeys requestKeys,
      PolicyDocumentParser parser,
      KeyRing keyRing,
      RandomGenerator random) {
    this.permissions = permissions;
    this.requestKeys = requestKeys;
    this.parser = parser;
    this.keyRing = keyRing;
    this.random = random;
  }

  @Override
  public AuthorizeResult authorize(AuthorizeCommand command) {
    Caller caller = command.caller();
    RequestContext request =
        new RequestContext(
            caller.principal(),
            command.action(),
            command.resource(),
            keys(caller, command.contextKeys()));
    Decision decision = PolicyEvaluator.evaluate(request, policies(command));
    if (decision.isAllowed()) {
      return new AuthorizeResult(true, false, null);
    }
    String message =
        AuthorizationMessageCodec.encode(
            AuthorizationMessage.from(decision, request), keyRing.current(), random);
    return new AuthorizeResult(false, decision.isExplicitDeny(), message);
  }

  /**
   * The caller's keys and the service's. A service may add keys but not replace one the server
   * derives from the caller, or a policy on {@code aws:PrincipalArn} would test what the service
   * claims rather than who signed.
   */
  private ConditionKeys keys(Caller caller, Map<String, List<String>> extra) {
    ConditionKeys own = requestKeys.of(caller).build();
    ConditionKeys.Builder keys = own.toBuilder();
    extra.forEach(
        (key, values) -> {
          if (own.values(key) != null) {
            throw InvalidRequestException.invalidParameterValue(
                "The context key " + key + " is derived from the caller and cannot be given.");
          }
          keys.put(key, values);
        });
    return keys.build();
  }

  /**
   * The caller's policies, and the resource's owned by its account. A resource in another account
   * without a policy has its owner set all the same, so that nothing there is allowed.
   */
  private PolicySet policies(AuthorizeCommand command) {
    PolicySet own = permissions.policies(command.caller());
    AccountId owner =
        command.resourceAccount() == null
            ? command.caller().principal().account()
            : AccountId.of(command.resourceAccount());
    if (command.resourcePolicy() != null) {
      return own.withResourcePolicy(
          parser.parse(command.resourcePolicy(), PolicyKind.TRUST), owner);
    }
    return new PolicySet(
        own.identityPolicies(),
        own.permissionsBoundary(),
        own.sessionPolicies(),
        PolicyLayer.ABSENT,
        owner,
        false);
  }
}
