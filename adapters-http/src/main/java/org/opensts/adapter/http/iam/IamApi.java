package org.opensts.adapter.http.iam;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.query.QueryApi;
import org.opensts.adapter.http.query.QueryParameters;
import org.opensts.application.port.in.iam.AttachRolePolicyUseCase;
import org.opensts.application.port.in.iam.AttachUserPolicyUseCase;
import org.opensts.application.port.in.iam.CreateAccessKeyUseCase;
import org.opensts.application.port.in.iam.CreateOpenIdConnectProviderUseCase;
import org.opensts.application.port.in.iam.CreatePolicyUseCase;
import org.opensts.application.port.in.iam.CreateRoleUseCase;
import org.opensts.application.port.in.iam.CreateSamlProviderUseCase;
import org.opensts.application.port.in.iam.CreateUserUseCase;
import org.opensts.application.port.in.iam.CreateVirtualMfaDeviceUseCase;
import org.opensts.application.port.in.iam.DeactivateMfaDeviceUseCase;
import org.opensts.application.port.in.iam.DeleteAccessKeyUseCase;
import org.opensts.application.port.in.iam.DeleteOpenIdConnectProviderUseCase;
import org.opensts.application.port.in.iam.DeletePolicyUseCase;
import org.opensts.application.port.in.iam.DeleteRolePermissionsBoundaryUseCase;
import org.opensts.application.port.in.iam.DeleteRolePolicyUseCase;
import org.opensts.application.port.in.iam.DeleteRoleUseCase;
import org.opensts.application.port.in.iam.DeleteSamlProviderUseCase;
import org.opensts.application.port.in.iam.DeleteUserPolicyUseCase;
import org.opensts.application.port.in.iam.DeleteUserUseCase;
import org.opensts.application.port.in.iam.DeleteVirtualMfaDeviceUseCase;
import org.opensts.application.port.in.iam.DetachRolePolicyUseCase;
import org.opensts.application.port.in.iam.DetachUserPolicyUseCase;
import org.opensts.application.port.in.iam.DisableOrganizationsRootCredentialsManagementUseCase;
import org.opensts.application.port.in.iam.DisableOrganizationsRootSessionsUseCase;
import org.opensts.application.port.in.iam.DisableOutboundWebIdentityFederationUseCase;
import org.opensts.application.port.in.iam.EnableMfaDeviceUseCase;
import org.opensts.application.port.in.iam.EnableOrganizationsRootCredentialsManagementUseCase;
import org.opensts.application.port.in.iam.EnableOrganizationsRootSessionsUseCase;
import org.opensts.application.port.in.iam.EnableOutboundWebIdentityFederationUseCase;
import org.opensts.application.port.in.iam.GetOpenIdConnectProviderUseCase;
import org.opensts.application.port.in.iam.GetOutboundWebIdentityFederationInfoUseCase;
import org.opensts.application.port.in.iam.GetPolicyUseCase;
import org.opensts.application.port.in.iam.GetPolicyVersionUseCase;
import org.opensts.application.port.in.iam.GetRolePolicyUseCase;
import org.opensts.application.port.in.iam.GetRoleUseCase;
import org.opensts.application.port.in.iam.GetSamlProviderUseCase;
import org.opensts.application.port.in.iam.GetUserPolicyUseCase;
import org.opensts.application.port.in.iam.GetUserUseCase;
import org.opensts.application.port.in.iam.ListAccessKeysUseCase;
import org.opensts.application.port.in.iam.ListAttachedRolePoliciesUseCase;
import org.opensts.application.port.in.iam.ListAttachedUserPoliciesUseCase;
import org.opensts.application.port.in.iam.ListMfaDevicesUseCase;
import org.opensts.application.port.in.iam.ListOpenIdConnectProvidersUseCase;
import org.opensts.application.port.in.iam.ListOrganizationsFeaturesUseCase;
import org.opensts.application.port.in.iam.ListPoliciesUseCase;
import org.opensts.application.port.in.iam.ListRolePoliciesUseCase;
import org.opensts.application.port.in.iam.ListRolesUseCase;
import org.opensts.application.port.in.iam.ListSamlProvidersUseCase;
import org.opensts.application.port.in.iam.ListUserPoliciesUseCase;
import org.opensts.application.port.in.iam.ListUsersUseCase;
import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryUseCase;
import org.opensts.application.port.in.iam.PutRolePolicyUseCase;
import org.opensts.application.port.in.iam.PutUserPolicyUseCase;
import org.opensts.application.port.in.iam.TagRoleUseCase;
import org.opensts.application.port.in.iam.TagUserUseCase;
import org.opensts.application.port.in.iam.UntagRoleUseCase;
import org.opensts.application.port.in.iam.UntagUserUseCase;
import org.opensts.application.port.in.iam.UpdateAccessKeyUseCase;
import org.opensts.application.port.in.iam.UpdateAssumeRolePolicyUseCase;
import org.opensts.application.port.in.iam.UpdateRoleUseCase;

/**
 * IAM, API version 2010-05-08, on the same endpoint: each action translates members and results.
 */
@Singleton
public final class IamApi implements QueryApi {

  public static final String VERSION = "2010-05-08";
  public static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

  private final Map<String, QueryAction> actions;

  /** The user and access key use cases, gathered so that the constructor stays readable. */
  @Singleton
  public record UserUseCases(
      CreateUserUseCase createUser,
      GetUserUseCase getUser,
      ListUsersUseCase listUsers,
      DeleteUserUseCase deleteUser,
      TagUserUseCase tagUser,
      UntagUserUseCase untagUser,
      CreateAccessKeyUseCase createAccessKey,
      ListAccessKeysUseCase listAccessKeys,
      UpdateAccessKeyUseCase updateAccessKey,
      DeleteAccessKeyUseCase deleteAccessKey) {}

  /** The role use cases. */
  @Singleton
  public record RoleUseCases(
      CreateRoleUseCase createRole,
      GetRoleUseCase getRole,
      ListRolesUseCase listRoles,
      UpdateRoleUseCase updateRole,
      UpdateAssumeRolePolicyUseCase updateAssumeRolePolicy,
      DeleteRoleUseCase deleteRole,
      TagRoleUseCase tagRole,
      UntagRoleUseCase untagRole,
      PutRolePermissionsBoundaryUseCase putRolePermissionsBoundary,
      DeleteRolePermissionsBoundaryUseCase deleteRolePermissionsBoundary) {}

  /** The inline policy use cases of users and roles. */
  @Singleton
  public record InlinePolicyUseCases(
      PutUserPolicyUseCase putUserPolicy,
      GetUserPolicyUseCase getUserPolicy,
      DeleteUserPolicyUseCase deleteUserPolicy,
      ListUserPoliciesUseCase listUserPolicies,
      PutRolePolicyUseCase putRolePolicy,
      GetRolePolicyUseCase getRolePolicy,
      DeleteRolePolicyUseCase deleteRolePolicy,
      ListRolePoliciesUseCase listRolePolicies) {}

  /** The managed policy use cases, attachments to users and roles included. */
  @Singleton
  public record ManagedPolicyUseCases(
      CreatePolicyUseCase createPolicy,
      GetPolicyUseCase getPolicy,
      GetPolicyVersionUseCase getPolicyVersion,
      DeletePolicyUseCase deletePolicy,
      ListPoliciesUseCase listPolicies,
      AttachUserPolicyUseCase attachUserPolicy,
      DetachUserPolicyUseCase detachUserPolicy,
      AttachRolePolicyUseCase attachRolePolicy,
      DetachRolePolicyUseCase detachRolePolicy,
      ListAttachedUserPoliciesUseCase listAttachedUserPolicies,
      ListAttachedRolePoliciesUseCase listAttachedRolePolicies) {}

  /** The OpenID Connect and SAML identity provider use cases. */
  @Singleton
  public record ProviderUseCases(
      CreateOpenIdConnectProviderUseCase createOpenIdConnectProvider,
      GetOpenIdConnectProviderUseCase getOpenIdConnectProvider,
      ListOpenIdConnectProvidersUseCase listOpenIdConnectProviders,
      DeleteOpenIdConnectProviderUseCase deleteOpenIdConnectProvider,
      CreateSamlProviderUseCase createSamlProvider,
      GetSamlProviderUseCase getSamlProvider,
      ListSamlProvidersUseCase listSamlProviders,
      DeleteSamlProviderUseCase deleteSamlProvider) {}

  /** The virtual MFA device use cases. */
  @Singleton
  public record MfaUseCases(
      CreateVirtualMfaDeviceUseCase createVirtualMfaDevice,
      EnableMfaDeviceUseCase enableMfaDevice,
      DeactivateMfaDeviceUseCase deactivateMfaDevice,
      ListMfaDevicesUseCase listMfaDevices,
      DeleteVirtualMfaDeviceUseCase deleteVirtualMfaDevice) {}

  /** The outbound identity federation use cases. */
  @Singleton
  public record OutboundFederationUseCases(
      EnableOutboundWebIdentityFederationUseCase enable,
      DisableOutboundWebIdentityFederationUseCase disable,
      GetOutboundWebIdentityFederationInfoUseCase getInfo) {}

  /** The centralized root access use cases of organizations. */
  @Singleton
  public record OrganizationsUseCases(
      EnableOrganizationsRootCredentialsManagementUseCase enableRootCredentialsManagement,
      DisableOrganizationsRootCredentialsManagementUseCase disableRootCredentialsManagement,
      EnableOrganizationsRootSessionsUseCase enableRootSessions,
      DisableOrganizationsRootSessionsUseCase disableRootSessions,
      ListOrganizationsFeaturesUseCase listFeatures) {}

  public IamApi(
      UserUseCases users,
      RoleUseCases roles,
      InlinePolicyUseCases inlinePolicies,
      ManagedPolicyUseCases managedPolicies,
      ProviderUseCases providers,
      MfaUseCases mfa,
      OutboundFederationUseCases outboundFederation,
      OrganizationsUseCases organizations) {
    Map<String, QueryAction> all = new HashMap<>();
    all.putAll(UserActions.of(users));
    all.putAll(RoleActions.of(roles));
    all.putAll(InlinePolicyActions.of(inlinePolicies));
    all.putAll(ManagedPolicyActions.of(managedPolicies));
    all.putAll(ProviderActions.of(providers));
    all.putAll(MfaActions.of(mfa));
    all.putAll(OutboundFederationActions.of(outboundFederation));
    all.putAll(OrganizationsActions.of(organizations));
    this.actions = Map.copyOf(all);
  }

  /** IAM writes through the store (a disk's fsync, a database); its reads are few. */
  @Override
  public boolean mayWait(String action, QueryParameters parameters) {
    return true;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public String namespace() {
    return NAMESPACE;
  }

  @Override
  public String signingName() {
    return "iam";
  }

  @Override
  public Optional<QueryAction> action(String name) {
    return Optional.ofNullable(actions.get(name));
  }
}
