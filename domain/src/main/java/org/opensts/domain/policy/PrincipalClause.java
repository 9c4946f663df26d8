package org.opensts.domain.policy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.IdentityProviderPrincipal;
import org.opensts.domain.identity.Principal;

/**
 * {@code Principal} or {@code NotPrincipal} of a resource-based policy statement: values per
 * principal type ({@code AWS}, {@code Federated}, {@code Service}), or everyone ({@code "*"}).
 * Identity policies have none.
 */
public record PrincipalClause(boolean present, boolean negated, Map<String, List<String>> values) {

  public static final String AWS = "AWS";
  public static final String FEDERATED = "Federated";
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

  /**
   * How this element covers the caller. A {@code Principal} element is as strong as its strongest
   * value. A {@code NotPrincipal} element covers everyone it does not list; AWS checks a caller's
   * account, role and session (or user) each ("NotPrincipal", IAM User Guide), so:
   *
   * <ul>
   *   <li>with {@code Deny}, a caller escapes only when every link of its chain is listed: the
   *       account and the user; the account, the role and the session; the root's account;
   *   <li>with {@code Allow}, listing any link of the chain leaves the caller out.
   * </ul>
   */
  PrincipalMatch match(Principal caller, Effect effect) {
    if (caller instanceof IdentityProviderPrincipal federated) {
      return matchFederated(federated);
    }
    List<String> aws = values.get(AWS);
    if (aws == null) {
      return negated ? PrincipalMatch.DIRECT : PrincipalMatch.NONE;
    }
    if (!negated) {
      PrincipalMatch best = PrincipalMatch.NONE;
      for (String value : aws) {
        best = best.strongest(matchAws(value, caller));
      }
      return best;
    }
    return isExcepted(aws, caller, effect) ? PrincipalMatch.NONE : PrincipalMatch.DIRECT;
  }

  /**
   * A provider's token holders are named only by {@code "Federated": "<provider arn>"} or by
   * everyone ({@code "*"}); never by an account or an IAM ARN.
   */
  private PrincipalMatch matchFederated(IdentityProviderPrincipal caller) {
    List<String> federated = values.getOrDefault(FEDERATED, List.of());
    boolean listed =
        federated.contains(caller.providerArn().toString())
            || values.getOrDefault(AWS, List.of()).contains("*");
    return listed != negated ? PrincipalMatch.DIRECT : PrincipalMatch.NONE;
  }

  private static boolean isExcepted(List<String> listed, Principal caller, Effect effect) {
    boolean account = false;
    boolean role = false;
    boolean self = false;
    for (String value : listed) {
      switch (matchAws(value, caller)) {
        case ACCOUNT -> account = true;
        case ROLE -> role = true;
        // The user, the session, the root (whose whole chain is its account), or "*".
        case DIRECT -> self = true;
        case NONE -> {}
      }
    }
    if (caller instanceof AccountRootPrincipal || listed.contains("*")) {
      return self;
    }
    if (effect == Effect.DENY) {
      return account && self && (role || !(caller instanceof AssumedRolePrincipal));
    }
    return account || role || self;
  }

  private static PrincipalMatch matchAws(String value, Principal caller) {
    if (value.equals("*")) {
      return PrincipalMatch.DIRECT;
    }
    if (namesAccount(value, caller.account().value())) {
      return caller instanceof AccountRootPrincipal
          ? PrincipalMatch.DIRECT
          : PrincipalMatch.ACCOUNT;
    }
    if (!value.startsWith("arn:")) {
      return PrincipalMatch.NONE;
    }
    if (caller instanceof IamUserPrincipal user && value.equals(user.arn().toString())) {
      return PrincipalMatch.DIRECT;
    }
    if (caller instanceof FederatedUserPrincipal federated
        && value.equals(federated.arn().toString())) {
      return PrincipalMatch.DIRECT;
    }
    if (caller instanceof AssumedRolePrincipal session) {
      if (value.equals(session.arn().toString())) {
        return PrincipalMatch.DIRECT;
      }
      if (value.equals(session.roleArn().toString())) {
        return PrincipalMatch.ROLE;
      }
    }
    return PrincipalMatch.NONE;
  }

  /** The account id, or the account's root ARN, which "behave the same way". */
  private static boolean namesAccount(String value, String account) {
    return value.equals(account)
        || (value.length() == ROOT_ARN_PREFIX.length() + account.length() + ROOT_SUFFIX.length()
            && value.startsWith(ROOT_ARN_PREFIX)
            && value.regionMatches(ROOT_ARN_PREFIX.length(), account, 0, account.length())
            && value.endsWith(ROOT_SUFFIX));
  }

  private static final String ROOT_ARN_PREFIX = "arn:" + Arn.PARTITION + ":iam::";
  private static final String ROOT_SUFFIX = ":root";
}
