package org.opensts.application.port.in.oidc;

import java.util.Objects;
import org.opensts.domain.account.AccountId;

/** An operator's command, not an AWS API: there is no caller to authorize. */
public record ProvisionOutboundFederationCommand(AccountId account) {

  public ProvisionOutboundFederationCommand {
    Objects.requireNonNull(account, "account");
  }
}
