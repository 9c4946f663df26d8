package org.opensts.adapter.http;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.opensts.adapter.http.iam.IamApi;
import org.opensts.adapter.http.sts.StsApi;
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
import org.opensts.application.port.in.iam.EnableMfaDeviceUseCase;
import org.opensts.application.port.in.iam.GetOpenIdConnectProviderUseCase;
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
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;

/** Builds the Query APIs the endpoint serves from the use cases the server provides. */
@Factory
final class QueryApiFactory {

  @Singleton
  StsApi stsApi(
      GetCallerIdentityUseCase getCallerIdentity,
      GetSessionTokenUseCase getSessionToken,
      AssumeRoleUseCase assumeRole,
      GetAccessKeyInfoUseCase getAccessKeyInfo) {
    return new StsApi(getCallerIdentity, getSessionToken, assumeRole, getAccessKeyInfo);
  }

  @Singleton
  IamApi.UserUseCases iamUserUseCases(
      CreateUserUseCase createUser,
      GetUserUseCase getUser,
      ListUsersUseCase listUsers,
      DeleteUserUseCase deleteUser,
      TagUserUseCase tagUser,
      UntagUserUseCase untagUser,
      CreateAccessKeyUseCase createAccessKey,
      ListAccessKeysUseCase listAccessKeys,
      UpdateAccessKeyUseCase updateAccessKey,
      DeleteAccessKeyUseCase deleteAccessKey) {
    return new IamApi.UserUseCases(
        createUser,
        getUser,
        listUsers,
        deleteUser,
        tagUser,
        untagUser,
        createAccessKey,
        listAccessKeys,
        updateAccessKey,
        deleteAccessKey);
  }

  @Singleton
  IamApi.RoleUseCases iamRoleUseCases(
      CreateRoleUseCase createRole,
      GetRoleUseCase getRole,
      ListRolesUseCase listRoles,
      UpdateRoleUseCase updateRole,
      UpdateAssumeRolePolicyUseCase updateAssumeRolePolicy,
      DeleteRoleUseCase deleteRole,
      TagRoleUseCase tagRole,
      UntagRoleUseCase untagRole,
      PutRolePermissionsBoundaryUseCase putRolePermissionsBoundary,
      DeleteRolePermissionsBoundaryUseCase deleteRolePermissionsBoundary) {
    return new IamApi.RoleUseCases(
        createRole,
        getRole,
        listRoles,
        updateRole,
        updateAssumeRolePolicy,
        deleteRole,
        tagRole,
        untagRole,
        putRolePermissionsBoundary,
        deleteRolePermissionsBoundary);
  }

  @Singleton
  IamApi.InlinePolicyUseCases iamInlinePolicyUseCases(
      PutUserPolicyUseCase putUserPolicy,
      GetUserPolicyUseCase getUserPolicy,
      DeleteUserPolicyUseCase deleteUserPolicy,
      ListUserPoliciesUseCase listUserPolicies,
      PutRolePolicyUseCase putRolePolicy,
      GetRolePolicyUseCase getRolePolicy,
      DeleteRolePolicyUseCase deleteRolePolicy,
      ListRolePoliciesUseCase listRolePolicies) {
    return new IamApi.InlinePolicyUseCases(
        putUserPolicy,
        getUserPolicy,
        deleteUserPolicy,
        listUserPolicies,
        putRolePolicy,
        getRolePolicy,
        deleteRolePolicy,
        listRolePolicies);
  }

  @Singleton
  IamApi iamApi(
      IamApi.UserUseCases users,
      IamApi.RoleUseCases roles,
      IamApi.InlinePolicyUseCases inlinePolicies,
      IamApi.ManagedPolicyUseCases managedPolicies,
      IamApi.ProviderUseCases providers,
      IamApi.MfaUseCases mfa) {
    return new IamApi(users, roles, inlinePolicies, managedPolicies, providers, mfa);
  }

  @Singleton
  IamApi.ProviderUseCases iamProviderUseCases(
      CreateOpenIdConnectProviderUseCase createOpenIdConnectProvider,
      GetOpenIdConnectProviderUseCase getOpenIdConnectProvider,
      ListOpenIdConnectProvidersUseCase listOpenIdConnectProviders,
      DeleteOpenIdConnectProviderUseCase deleteOpenIdConnectProvider,
      CreateSamlProviderUseCase createSamlProvider,
      GetSamlProviderUseCase getSamlProvider,
      ListSamlProvidersUseCase listSamlProviders,
      DeleteSamlProviderUseCase deleteSamlProvider) {
    return new IamApi.ProviderUseCases(
        createOpenIdConnectProvider,
        getOpenIdConnectProvider,
        listOpenIdConnectProviders,
        deleteOpenIdConnectProvider,
        createSamlProvider,
        getSamlProvider,
        listSamlProviders,
        deleteSamlProvider);
  }

  @Singleton
  IamApi.MfaUseCases iamMfaUseCases(
      CreateVirtualMfaDeviceUseCase createVirtualMfaDevice,
      EnableMfaDeviceUseCase enableMfaDevice,
      DeactivateMfaDeviceUseCase deactivateMfaDevice,
      ListMfaDevicesUseCase listMfaDevices,
      DeleteVirtualMfaDeviceUseCase deleteVirtualMfaDevice) {
    return new IamApi.MfaUseCases(
        createVirtualMfaDevice,
        enableMfaDevice,
        deactivateMfaDevice,
        listMfaDevices,
        deleteVirtualMfaDevice);
  }

  @Singleton
  IamApi.ManagedPolicyUseCases iamManagedPolicyUseCases(
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
      ListAttachedRolePoliciesUseCase listAttachedRolePolicies) {
    return new IamApi.ManagedPolicyUseCases(
        createPolicy,
        getPolicy,
        getPolicyVersion,
        deletePolicy,
        listPolicies,
        attachUserPolicy,
        detachUserPolicy,
        attachRolePolicy,
        detachRolePolicy,
        listAttachedUserPolicies,
        listAttachedRolePolicies);
  }
}
