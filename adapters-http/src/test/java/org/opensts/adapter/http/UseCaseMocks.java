package org.opensts.adapter.http;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.opensts.application.port.in.admission.AdmitRequestUseCase;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.application.port.in.auth.AuthorizeUseCase;
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
import org.opensts.application.port.in.oidc.GetIssuerMetadataUseCase;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityUseCase;
import org.opensts.application.port.in.sts.AssumeRootUseCase;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageUseCase;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenUseCase;
import org.opensts.application.port.in.sts.GetFederationTokenUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.application.port.in.sts.GetWebIdentityTokenUseCase;
import org.opensts.application.service.StsUseCases;
import org.opensts.application.service.StsUseCases.AdmissionLimits;
import org.opensts.domain.error.AuthenticationException;

/**
 * Stands in for the server's use cases in the HTTP slice: nobody authenticates, nothing else runs.
 */
@Factory
final class UseCaseMocks {

  @Singleton
  AuthenticateRequestUseCase authenticateRequest() {
    AuthenticateRequestUseCase authenticator = mock(AuthenticateRequestUseCase.class);
    when(authenticator.authenticate(any()))
        .thenThrow(AuthenticationException.missingAuthenticationToken());
    return authenticator;
  }

  @Singleton
  AdmitRequestUseCase admitRequest() {
    return StsUseCases.admitRequest(new AdmissionLimits(0, 0, 0));
  }

  @Singleton
  GetCallerIdentityUseCase getCallerIdentity() {
    return mock(GetCallerIdentityUseCase.class);
  }

  @Singleton
  GetAccessKeyInfoUseCase getAccessKeyInfo() {
    return mock(GetAccessKeyInfoUseCase.class);
  }

  @Singleton
  GetSessionTokenUseCase getSessionToken() {
    return mock(GetSessionTokenUseCase.class);
  }

  @Singleton
  GetFederationTokenUseCase getFederationToken() {
    return mock(GetFederationTokenUseCase.class);
  }

  @Singleton
  GetDelegatedAccessTokenUseCase getDelegatedAccessToken() {
    return mock(GetDelegatedAccessTokenUseCase.class);
  }

  @Singleton
  AssumeRoleUseCase assumeRole() {
    return mock(AssumeRoleUseCase.class);
  }

  @Singleton
  AssumeRootUseCase assumeRoot() {
    return mock(AssumeRootUseCase.class);
  }

  @Singleton
  EnableOrganizationsRootCredentialsManagementUseCase
      enableOrganizationsRootCredentialsManagement() {
    return mock(EnableOrganizationsRootCredentialsManagementUseCase.class);
  }

  @Singleton
  DisableOrganizationsRootCredentialsManagementUseCase
      disableOrganizationsRootCredentialsManagement() {
    return mock(DisableOrganizationsRootCredentialsManagementUseCase.class);
  }

  @Singleton
  EnableOrganizationsRootSessionsUseCase enableOrganizationsRootSessions() {
    return mock(EnableOrganizationsRootSessionsUseCase.class);
  }

  @Singleton
  DisableOrganizationsRootSessionsUseCase disableOrganizationsRootSessions() {
    return mock(DisableOrganizationsRootSessionsUseCase.class);
  }

  @Singleton
  ListOrganizationsFeaturesUseCase listOrganizationsFeatures() {
    return mock(ListOrganizationsFeaturesUseCase.class);
  }

  @Singleton
  AssumeRoleWithWebIdentityUseCase assumeRoleWithWebIdentity() {
    return mock(AssumeRoleWithWebIdentityUseCase.class);
  }

  @Singleton
  AssumeRoleWithSamlUseCase assumeRoleWithSaml() {
    return mock(AssumeRoleWithSamlUseCase.class);
  }

  @Singleton
  AuthorizeUseCase authorize() {
    return mock(AuthorizeUseCase.class);
  }

  @Singleton
  DecodeAuthorizationMessageUseCase decodeAuthorizationMessage() {
    return mock(DecodeAuthorizationMessageUseCase.class);
  }

  @Singleton
  CreateUserUseCase createUser() {
    return mock(CreateUserUseCase.class);
  }

  @Singleton
  GetUserUseCase getUser() {
    return mock(GetUserUseCase.class);
  }

  @Singleton
  ListUsersUseCase listUsers() {
    return mock(ListUsersUseCase.class);
  }

  @Singleton
  DeleteUserUseCase deleteUser() {
    return mock(DeleteUserUseCase.class);
  }

  @Singleton
  TagUserUseCase tagUser() {
    return mock(TagUserUseCase.class);
  }

  @Singleton
  UntagUserUseCase untagUser() {
    return mock(UntagUserUseCase.class);
  }

  @Singleton
  CreateAccessKeyUseCase createAccessKey() {
    return mock(CreateAccessKeyUseCase.class);
  }

  @Singleton
  ListAccessKeysUseCase listAccessKeys() {
    return mock(ListAccessKeysUseCase.class);
  }

  @Singleton
  UpdateAccessKeyUseCase updateAccessKey() {
    return mock(UpdateAccessKeyUseCase.class);
  }

  @Singleton
  DeleteAccessKeyUseCase deleteAccessKey() {
    return mock(DeleteAccessKeyUseCase.class);
  }

  @Singleton
  CreateRoleUseCase createRole() {
    return mock(CreateRoleUseCase.class);
  }

  @Singleton
  GetRoleUseCase getRole() {
    return mock(GetRoleUseCase.class);
  }

  @Singleton
  ListRolesUseCase listRoles() {
    return mock(ListRolesUseCase.class);
  }

  @Singleton
  UpdateRoleUseCase updateRole() {
    return mock(UpdateRoleUseCase.class);
  }

  @Singleton
  UpdateAssumeRolePolicyUseCase updateAssumeRolePolicy() {
    return mock(UpdateAssumeRolePolicyUseCase.class);
  }

  @Singleton
  DeleteRoleUseCase deleteRole() {
    return mock(DeleteRoleUseCase.class);
  }

  @Singleton
  TagRoleUseCase tagRole() {
    return mock(TagRoleUseCase.class);
  }

  @Singleton
  UntagRoleUseCase untagRole() {
    return mock(UntagRoleUseCase.class);
  }

  @Singleton
  PutRolePermissionsBoundaryUseCase putRolePermissionsBoundary() {
    return mock(PutRolePermissionsBoundaryUseCase.class);
  }

  @Singleton
  DeleteRolePermissionsBoundaryUseCase deleteRolePermissionsBoundary() {
    return mock(DeleteRolePermissionsBoundaryUseCase.class);
  }

  @Singleton
  PutUserPolicyUseCase putUserPolicy() {
    return mock(PutUserPolicyUseCase.class);
  }

  @Singleton
  GetUserPolicyUseCase getUserPolicy() {
    return mock(GetUserPolicyUseCase.class);
  }

  @Singleton
  DeleteUserPolicyUseCase deleteUserPolicy() {
    return mock(DeleteUserPolicyUseCase.class);
  }

  @Singleton
  ListUserPoliciesUseCase listUserPolicies() {
    return mock(ListUserPoliciesUseCase.class);
  }

  @Singleton
  PutRolePolicyUseCase putRolePolicy() {
    return mock(PutRolePolicyUseCase.class);
  }

  @Singleton
  GetRolePolicyUseCase getRolePolicy() {
    return mock(GetRolePolicyUseCase.class);
  }

  @Singleton
  DeleteRolePolicyUseCase deleteRolePolicy() {
    return mock(DeleteRolePolicyUseCase.class);
  }

  @Singleton
  ListRolePoliciesUseCase listRolePolicies() {
    return mock(ListRolePoliciesUseCase.class);
  }

  // Managed policies.

  @Singleton
  CreatePolicyUseCase createPolicy() {
    return mock(CreatePolicyUseCase.class);
  }

  @Singleton
  GetPolicyUseCase getPolicy() {
    return mock(GetPolicyUseCase.class);
  }

  @Singleton
  GetPolicyVersionUseCase getPolicyVersion() {
    return mock(GetPolicyVersionUseCase.class);
  }

  @Singleton
  DeletePolicyUseCase deletePolicy() {
    return mock(DeletePolicyUseCase.class);
  }

  @Singleton
  ListPoliciesUseCase listPolicies() {
    return mock(ListPoliciesUseCase.class);
  }

  @Singleton
  AttachUserPolicyUseCase attachUserPolicy() {
    return mock(AttachUserPolicyUseCase.class);
  }

  @Singleton
  DetachUserPolicyUseCase detachUserPolicy() {
    return mock(DetachUserPolicyUseCase.class);
  }

  @Singleton
  AttachRolePolicyUseCase attachRolePolicy() {
    return mock(AttachRolePolicyUseCase.class);
  }

  @Singleton
  DetachRolePolicyUseCase detachRolePolicy() {
    return mock(DetachRolePolicyUseCase.class);
  }

  @Singleton
  ListAttachedUserPoliciesUseCase listAttachedUserPolicies() {
    return mock(ListAttachedUserPoliciesUseCase.class);
  }

  @Singleton
  ListAttachedRolePoliciesUseCase listAttachedRolePolicies() {
    return mock(ListAttachedRolePoliciesUseCase.class);
  }

  // Identity providers and MFA devices.

  @Singleton
  CreateOpenIdConnectProviderUseCase createOpenIdConnectProvider() {
    return mock(CreateOpenIdConnectProviderUseCase.class);
  }

  @Singleton
  GetOpenIdConnectProviderUseCase getOpenIdConnectProvider() {
    return mock(GetOpenIdConnectProviderUseCase.class);
  }

  @Singleton
  ListOpenIdConnectProvidersUseCase listOpenIdConnectProviders() {
    return mock(ListOpenIdConnectProvidersUseCase.class);
  }

  @Singleton
  DeleteOpenIdConnectProviderUseCase deleteOpenIdConnectProvider() {
    return mock(DeleteOpenIdConnectProviderUseCase.class);
  }

  @Singleton
  CreateSamlProviderUseCase createSamlProvider() {
    return mock(CreateSamlProviderUseCase.class);
  }

  @Singleton
  GetSamlProviderUseCase getSamlProvider() {
    return mock(GetSamlProviderUseCase.class);
  }

  @Singleton
  ListSamlProvidersUseCase listSamlProviders() {
    return mock(ListSamlProvidersUseCase.class);
  }

  @Singleton
  DeleteSamlProviderUseCase deleteSamlProvider() {
    return mock(DeleteSamlProviderUseCase.class);
  }

  @Singleton
  CreateVirtualMfaDeviceUseCase createVirtualMfaDevice() {
    return mock(CreateVirtualMfaDeviceUseCase.class);
  }

  @Singleton
  EnableMfaDeviceUseCase enableMfaDevice() {
    return mock(EnableMfaDeviceUseCase.class);
  }

  @Singleton
  DeactivateMfaDeviceUseCase deactivateMfaDevice() {
    return mock(DeactivateMfaDeviceUseCase.class);
  }

  @Singleton
  ListMfaDevicesUseCase listMfaDevices() {
    return mock(ListMfaDevicesUseCase.class);
  }

  @Singleton
  DeleteVirtualMfaDeviceUseCase deleteVirtualMfaDevice() {
    return mock(DeleteVirtualMfaDeviceUseCase.class);
  }

  @Singleton
  GetWebIdentityTokenUseCase getWebIdentityToken() {
    return mock(GetWebIdentityTokenUseCase.class);
  }

  @Singleton
  EnableOutboundWebIdentityFederationUseCase enableOutboundWebIdentityFederation() {
    return mock(EnableOutboundWebIdentityFederationUseCase.class);
  }

  @Singleton
  DisableOutboundWebIdentityFederationUseCase disableOutboundWebIdentityFederation() {
    return mock(DisableOutboundWebIdentityFederationUseCase.class);
  }

  @Singleton
  GetOutboundWebIdentityFederationInfoUseCase getOutboundWebIdentityFederationInfo() {
    return mock(GetOutboundWebIdentityFederationInfoUseCase.class);
  }

  @Singleton
  GetIssuerMetadataUseCase getIssuerMetadata() {
    return mock(GetIssuerMetadataUseCase.class);
  }
}
