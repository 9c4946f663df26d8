package org.opensts.domain.organization;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.opensts.domain.account.AccountId;

/**
 * An organization: its management account, its member accounts (the management account is not one
 * of them) and the centralized root access features enabled.
 *
 * @param id {@code o-} and 10 to 32 lower-case letters or digits, as IAM's {@code
 *     OrganizationIdType}
 */
public record Organization(
    String id,
    AccountId managementAccount,
    Set<AccountId> memberAccounts,
    Set<OrganizationFeature> enabledFeatures) {

  private static final Pattern ID = Pattern.compile("o-[a-z0-9]{10,32}");

  public Organization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(managementAccount, "managementAccount");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("An organization id is o- and 10 to 32 [a-z0-9]: " + id);
    }
    memberAccounts = Set.copyOf(memberAccounts);
    if (memberAccounts.contains(managementAccount)) {
      throw new IllegalArgumentException("The management account is not a member account");
    }
    enabledFeatures =
        enabledFeatures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabledFeatures));
  }

  public boolean isMember(AccountId account) {
    return memberAccounts.contains(account);
  }

  public boolean isEnabled(OrganizationFeature feature) {
    return enabledFeatures.contains(feature);
  }

  public Organization withFeature(OrganizationFeature feature, boolean enabled) {
    EnumSet<OrganizationFeature> features = EnumSet.noneOf(OrganizationFeature.class);
    features.addAll(enabledFeatures);
    if (enabled) {
      features.add(feature);
    } else {
      features.remove(feature);
    }
    return new Organization(id, managementAccount, memberAccounts, features);
  }
}
