package org.opensts.application.port.in.admin;

import java.util.List;
import org.opensts.domain.account.AccountId;

/** What was provisioned: the account and the ARNs of its users and roles. */
public record ProvisionAccountResult(
    AccountId accountId, List<String> userArns, List<String> roleArns) {

  public ProvisionAccountResult {
    userArns = List.copyOf(userArns);
    roleArns = List.copyOf(roleArns);
  }
}
