package org.opensts.domain.policy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;

/**
 * {@code Principal} or {@code NotPrincipal} of a resource-based policy statement: values per
 * principal type ({@code AWS}, {@code Federated}, {@code Service}), or everyone ({@code "*"}).
 * Identity policies have none.
 */
public record PrincipalClause(boolean present, boolean negated, Map<String, List<String>> values) {

  public static final String AWS = "AWS";
  public static final PrincipalClause ABSENT = new PrincipalClause(false, false, Map.of());
  public static final PrincipalClause EVERYONE =
      new PrincipalClause(true, false, Map.of(AWS, List.of("*")));

  public PrincipalClause {
    values =
        values.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  public static PrincipalClause principal(Map<String, List<String>> values) {
    return new PrincipalClause(true, false, values);
  }

  public static PrincipalClause notPrincipal(Map<String, List<String>> values) {
    return new PrincipalClause(true, true, values);
  }

  PrincipalMatch match(Principal caller) {
    PrincipalMatch best = PrincipalMatch.NONE;
    for (String value : values.getOrDefault(AWS, List.of())) {
      best = best.strongest(matchAws(value, caller));
    }
    if (!negated) {
      return best;
    }
    return best == PrincipalMatch.NONE ? PrincipalMatch.DIRECT : PrincipalMatch.NONE;
  }

  private static PrincipalMatch matchAws(String value, Principal caller) {
    if (value.equals("*")) {
      return PrincipalMatch.DIRECT;
    }
    String account = caller.account().value();
    if (value.equals(account)
        || value.equals(new AccountRootPrincipal(AccountId.of(account)).arn().toString())) {
      return caller instanceof AccountRootPrincipal
          ? PrincipalMatch.DIRECT
          : PrincipalMatch.ACCOUNT;
    }
    if (caller instanceof IamUserPrincipal user && value.equals(user.arn().toString())) {
      return PrincipalMatch.DIRECT;
    }
    if (caller instanceof AssumedRolePrincipal session
        && (value.equals(session.arn().toString()) || value.equals(session.roleArn().toString()))) {
      return PrincipalMatch.DIRECT;
    }
    return PrincipalMatch.NONE;
  }
}
