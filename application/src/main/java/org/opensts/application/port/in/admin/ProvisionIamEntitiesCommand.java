package org.opensts.application.port.in.admin;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.identity.Tag;

/**
 * The IAM entities of an account that the bootstrap file declares beside its users and roles:
 * managed policies and their attachments, role descriptions and permissions boundaries, OIDC and
 * SAML providers, and virtual MFA devices with known seeds. The account, its users and roles must
 * already be provisioned ({@link ProvisionAccountUseCase}).
 *
 * <p>Policies are named either by ARN or, for a policy declared in {@link #managedPolicies}, by
 * name. The fields hold the file's text as is: the service checks them with the same commands and
 * domain rules as the IAM API.
 */
public record ProvisionIamEntitiesCommand(
    AccountId accountId,
    List<ManagedPolicySpec> managedPolicies,
    List<UserPolicies> users,
    List<RoleSettings> roles,
    List<OidcProviderSpec> openIdConnectProviders,
    List<SamlProviderSpec> samlProviders,
    List<MfaDeviceSpec> mfaDevices) {

  public ProvisionIamEntitiesCommand {
    Objects.requireNonNull(accountId, "accountId");
    managedPolicies = List.copyOf(managedPolicies);
    users = List.copyOf(users);
    roles = List.copyOf(roles);
    openIdConnectProviders = List.copyOf(openIdConnectProviders);
    samlProviders = List.copyOf(samlProviders);
    mfaDevices = List.copyOf(mfaDevices);
  }

  /** True when there is nothing to provision beyond the account, its users and roles. */
  public boolean isEmpty() {
    return managedPolicies.isEmpty()
        && users.stream().allMatch(u -> u.attachedPolicies().isEmpty())
        && roles.stream()
            .allMatch(
                r ->
                    r.attachedPolicies().isEmpty()
                        && r.description() == null
                        && r.permissionsBoundary() == null)
        && openIdConnectProviders.isEmpty()
        && samlProviders.isEmpty()
        && mfaDevices.isEmpty();
  }

  /**
   * A customer managed policy.
   *
   * @param path null for {@code /}
   * @param description null for none
   * @param document the identity policy's JSON
   */
  public record ManagedPolicySpec(
      String name, String path, String description, String document, List<Tag> tags) {

    public ManagedPolicySpec {
      tags = List.copyOf(tags);
    }
  }

  /** The managed policies attached to a user, by ARN or declared name. */
  public record UserPolicies(String userName, List<String> attachedPolicies) {

    public UserPolicies {
      attachedPolicies = List.copyOf(attachedPolicies);
    }
  }

  /**
   * A role's settings beyond its trust and inline policies.
   *
   * @param description null for none
   * @param permissionsBoundary a policy ARN or declared name, or null for none
   */
  public record RoleSettings(
      String roleName,
      String description,
      String permissionsBoundary,
      List<String> attachedPolicies) {

    public RoleSettings {
      attachedPolicies = List.copyOf(attachedPolicies);
    }
  }

  /** An OpenID Connect provider, as CreateOpenIDConnectProvider takes it. */
  public record OidcProviderSpec(String url, List<String> clientIds, List<String> thumbprints) {

    public OidcProviderSpec {
      clientIds = List.copyOf(clientIds);
      thumbprints = List.copyOf(thumbprints);
    }
  }

  /** A SAML provider, as CreateSAMLProvider takes it. */
  public record SamlProviderSpec(String name, String metadataDocument) {}

  /**
   * A virtual MFA device with a seed given in advance, so that authenticator apps can be set up
   * before the server starts.
   *
   * @param path null for {@code /}
   * @param seed the TOTP secret in Base32
   * @param userName the user the device is enabled for, or null to leave it unassigned
   */
  public record MfaDeviceSpec(String name, String path, String seed, String userName) {}
}
