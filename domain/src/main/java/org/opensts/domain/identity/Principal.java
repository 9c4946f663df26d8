package org.opensts.domain.identity;

import org.opensts.domain.account.AccountId;

/** Who a request is made by, as AWS names it in ARNs and in {@code aws:userid}. */
public sealed interface Principal
    permits AccountRootPrincipal,
        IamUserPrincipal,
        AssumedRolePrincipal,
        FederatedUserPrincipal,
        IdentityProviderPrincipal {

  AccountId account();

  /** The ARN GetCallerIdentity reports and policies match. */
  Arn arn();

  /** The unique id GetCallerIdentity reports as {@code UserId}. */
  String userId();
}
