package org.opensts.application.port.in.delegation;

/**
 * IAM's AcceptDelegationRequest and SendDelegationToken in one call, since there is no partner
 * request to accept nor notification channel to send through: the caller grants a partner account
 * the permissions of a policy, within its own, and receives the trade-in token to hand over.
 */
public interface CreateTradeInTokenUseCase {

  CreateTradeInTokenResult createTradeInToken(CreateTradeInTokenCommand command);
}
