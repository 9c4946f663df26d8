package org.opensts.server.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;
import org.opensts.adapter.policyjson.JacksonPolicyDocumentParser;
import org.opensts.adapter.saml.JdkSamlAssertionVerifier;
import org.opensts.adapter.saml.JdkSamlMetadataParser;
import org.opensts.application.port.in.admin.ProvisionAccountUseCase;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesUseCase;
import org.opensts.application.port.in.admin.RotateSealingKeyUseCase;
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
import org.opensts.application.port.in.sts.AssumeRoleWithSamlUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityUseCase;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageUseCase;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetFederationTokenUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.application.port.out.WebIdentityTokenVerifier;
import org.opensts.application.service.StsUseCases;
import org.opensts.application.service.StsUseCases.FederationUseCases;
import org.opensts.application.service.StsUseCases.ProviderAndMfaUseCases;

/** Builds the use cases over the configured stores and exposes each inbound port as a bean. */
@Factory
final class UseCaseFactory {

  /** Secondary, so that a test can stand in a clock of its own. */
  @Singleton
  @Secondary
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  StsUseCases useCases(StsSettings settings, Clock clock, Stores stores) {
    RandomGenerator random = new PerThreadSecureRandom();
    StsUseCases.Ports ports =
        new StsUseCases.Ports(
            stores.accounts(),
            stores.users(),
            stores.roles(),
            stores.accessKeys(),
            stores.policies(),
            stores.keyRing(),
            new JacksonPolicyDocumentParser(),
            stores.mfaDevices());
    return StsUseCases.create(ports, clock, random, settings.getRegion());
  }

  @Singleton
  AuthenticateRequestUseCase authenticateRequest(StsUseCases useCases) {
    return useCases.authenticateRequest();
  }

  @Singleton
  GetCallerIdentityUseCase getCallerIdentity(StsUseCases useCases) {
    return useCases.getCallerIdentity();
  }

  @Singleton
  GetSessionTokenUseCase getSessionToken(StsUseCases useCases) {
    return useCases.getSessionToken();
  }

  @Singleton
  GetFederationTokenUseCase getFederationToken(StsUseCases useCases) {
    return useCases.getFederationToken();
  }

  @Singleton
  GetAccessKeyInfoUseCase getAccessKeyInfo(StsUseCases useCases) {
    return useCases.getAccessKeyInfo();
  }

  @Singleton
  AssumeRoleUseCase assumeRole(StsUseCases useCases) {
    return useCases.assumeRole();
  }

  @Singleton
  AuthorizeUseCase authorize(StsUseCases useCases) {
    return useCases.authorize();
  }

  @Singleton
  DecodeAuthorizationMessageUseCase decodeAuthorizationMessage(StsUseCases useCases) {
    return useCases.decodeAuthorizationMessage();
  }

  @Singleton
  ProvisionAccountUseCase provisionAccount(StsUseCases useCases) {
    return useCases.provisionAccount();
  }

  @Singleton
  RotateSealingKeyUseCase rotateSealingKey(StsUseCases useCases) {
    return useCases.rotateSealingKey();
  }

  @Singleton
  CreateUserUseCase createUser(StsUseCases useCases) {
    return useCases.createUser();
  }

  @Singleton
  GetUserUseCase getUser(StsUseCases useCases) {
    return useCases.getUser();
  }

  @Singleton
  ListUsersUseCase listUsers(StsUseCases useCases) {
    return useCases.listUsers();
  }

  @Singleton
  DeleteUserUseCase deleteUser(StsUseCases useCases) {
    return useCases.deleteUser();
  }

  @Singleton
  TagUserUseCase tagUser(StsUseCases useCases) {
    return useCases.tagUser();
  }

  @Singleton
  UntagUserUseCase untagUser(StsUseCases useCases) {
    return useCases.untagUser();
  }

  @Singleton
  CreateAccessKeyUseCase createAccessKey(StsUseCases useCases) {
    return useCases.createAccessKey();
  }

  @Singleton
  ListAccessKeysUseCase listAccessKeys(StsUseCases useCases) {
    return useCases.listAccessKeys();
  }

  @Singleton
  UpdateAccessKeyUseCase updateAccessKey(StsUseCases useCases) {
    return useCases.updateAccessKey();
  }

  @Singleton
  DeleteAccessKeyUseCase deleteAccessKey(StsUseCases useCases) {
    return useCases.deleteAccessKey();
  }

  @Singleton
  CreateRoleUseCase createRole(StsUseCases useCases) {
    return useCases.createRole();
  }

  @Singleton
  GetRoleUseCase getRole(StsUseCases useCases) {
    return useCases.getRole();
  }

  @Singleton
  ListRolesUseCase listRoles(StsUseCases useCases) {
    return useCases.listRoles();
  }

  @Singleton
  UpdateRoleUseCase updateRole(StsUseCases useCases) {
    return useCases.updateRole();
  }

  @Singleton
  UpdateAssumeRolePolicyUseCase updateAssumeRolePolicy(StsUseCases useCases) {
    return useCases.updateAssumeRolePolicy();
  }

  @Singleton
  DeleteRoleUseCase deleteRole(StsUseCases useCases) {
    return useCases.deleteRole();
  }

  @Singleton
  TagRoleUseCase tagRole(StsUseCases useCases) {
    return useCases.tagRole();
  }

  @Singleton
  UntagRoleUseCase untagRole(StsUseCases useCases) {
    return useCases.untagRole();
  }

  @Singleton
  PutRolePermissionsBoundaryUseCase putRolePermissionsBoundary(StsUseCases useCases) {
    return useCases.putRolePermissionsBoundary();
  }

  @Singleton
  DeleteRolePermissionsBoundaryUseCase deleteRolePermissionsBoundary(StsUseCases useCases) {
    return useCases.deleteRolePermissionsBoundary();
  }

  @Singleton
  PutUserPolicyUseCase putUserPolicy(StsUseCases useCases) {
    return useCases.putUserPolicy();
  }

  @Singleton
  GetUserPolicyUseCase getUserPolicy(StsUseCases useCases) {
    return useCases.getUserPolicy();
  }

  @Singleton
  DeleteUserPolicyUseCase deleteUserPolicy(StsUseCases useCases) {
    return useCases.deleteUserPolicy();
  }

  @Singleton
  ListUserPoliciesUseCase listUserPolicies(StsUseCases useCases) {
    return useCases.listUserPolicies();
  }

  @Singleton
  PutRolePolicyUseCase putRolePolicy(StsUseCases useCases) {
    return useCases.putRolePolicy();
  }

  @Singleton
  GetRolePolicyUseCase getRolePolicy(StsUseCases useCases) {
    return useCases.getRolePolicy();
  }

  @Singleton
  DeleteRolePolicyUseCase deleteRolePolicy(StsUseCases useCases) {
    return useCases.deleteRolePolicy();
  }

  @Singleton
  ListRolePoliciesUseCase listRolePolicies(StsUseCases useCases) {
    return useCases.listRolePolicies();
  }

  // Managed policies.

  @Singleton
  CreatePolicyUseCase createPolicy(StsUseCases useCases) {
    return useCases.createPolicy();
  }

  @Singleton
  GetPolicyUseCase getPolicy(StsUseCases useCases) {
    return useCases.getPolicy();
  }

  @Singleton
  GetPolicyVersionUseCase getPolicyVersion(StsUseCases useCases) {
    return useCases.getPolicyVersion();
  }

  @Singleton
  DeletePolicyUseCase deletePolicy(StsUseCases useCases) {
    return useCases.deletePolicy();
  }

  @Singleton
  ListPoliciesUseCase listPolicies(StsUseCases useCases) {
    return useCases.listPolicies();
  }

  @Singleton
  AttachUserPolicyUseCase attachUserPolicy(StsUseCases useCases) {
    return useCases.attachUserPolicy();
  }

  @Singleton
  DetachUserPolicyUseCase detachUserPolicy(StsUseCases useCases) {
    return useCases.detachUserPolicy();
  }

  @Singleton
  AttachRolePolicyUseCase attachRolePolicy(StsUseCases useCases) {
    return useCases.attachRolePolicy();
  }

  @Singleton
  DetachRolePolicyUseCase detachRolePolicy(StsUseCases useCases) {
    return useCases.detachRolePolicy();
  }

  @Singleton
  ListAttachedUserPoliciesUseCase listAttachedUserPolicies(StsUseCases useCases) {
    return useCases.listAttachedUserPolicies();
  }

  @Singleton
  ListAttachedRolePoliciesUseCase listAttachedRolePolicies(StsUseCases useCases) {
    return useCases.listAttachedRolePolicies();
  }

  // Identity providers and MFA devices.

  // One store of each kind, shared by IAM (which registers providers) and federation (which uses
  // them).
  @Singleton
  OpenIdConnectProviderStore oidcProviders(Stores stores) {
    return stores.oidcProviders();
  }

  @Singleton
  SamlProviderStore samlProviders(Stores stores) {
    return stores.samlProviders();
  }

  @Singleton
  ProviderAndMfaUseCases providerAndMfaUseCases(
      StsUseCases useCases,
      OpenIdConnectProviderStore oidcProviders,
      SamlProviderStore samlProviders,
      Clock clock,
      StsSettings.Oidc oidc) {
    ProviderAndMfaUseCases.Ports ports =
        new ProviderAndMfaUseCases.Ports(oidcProviders, samlProviders, new JdkSamlMetadataParser());
    return ProviderAndMfaUseCases.create(
        useCases, ports, clock, new SecureRandom(), oidc.isAllowHttpLoopback());
  }

  @Singleton
  FederationUseCases federationUseCases(
      StsUseCases useCases,
      OpenIdConnectProviderStore oidcProviders,
      SamlProviderStore samlProviders,
      WebIdentityTokenVerifier webIdentityTokenVerifier,
      Clock clock) {
    return FederationUseCases.create(
        useCases,
        new FederationUseCases.Ports(
            oidcProviders, samlProviders, webIdentityTokenVerifier, new JdkSamlAssertionVerifier()),
        clock);
  }

  @Singleton
  AssumeRoleWithWebIdentityUseCase assumeRoleWithWebIdentity(FederationUseCases useCases) {
    return useCases.assumeRoleWithWebIdentity();
  }

  @Singleton
  AssumeRoleWithSamlUseCase assumeRoleWithSaml(FederationUseCases useCases) {
    return useCases.assumeRoleWithSaml();
  }

  @Singleton
  ProvisionIamEntitiesUseCase provisionIamEntities(ProviderAndMfaUseCases useCases) {
    return useCases.provisionIamEntities();
  }

  @Singleton
  CreateOpenIdConnectProviderUseCase createOpenIdConnectProvider(ProviderAndMfaUseCases useCases) {
    return useCases.createOpenIdConnectProvider();
  }

  @Singleton
  GetOpenIdConnectProviderUseCase getOpenIdConnectProvider(ProviderAndMfaUseCases useCases) {
    return useCases.getOpenIdConnectProvider();
  }

  @Singleton
  ListOpenIdConnectProvidersUseCase listOpenIdConnectProviders(ProviderAndMfaUseCases useCases) {
    return useCases.listOpenIdConnectProviders();
  }

  @Singleton
  DeleteOpenIdConnectProviderUseCase deleteOpenIdConnectProvider(ProviderAndMfaUseCases useCases) {
    return useCases.deleteOpenIdConnectProvider();
  }

  @Singleton
  CreateSamlProviderUseCase createSamlProvider(ProviderAndMfaUseCases useCases) {
    return useCases.createSamlProvider();
  }

  @Singleton
  GetSamlProviderUseCase getSamlProvider(ProviderAndMfaUseCases useCases) {
    return useCases.getSamlProvider();
  }

  @Singleton
  ListSamlProvidersUseCase listSamlProviders(ProviderAndMfaUseCases useCases) {
    return useCases.listSamlProviders();
  }

  @Singleton
  DeleteSamlProviderUseCase deleteSamlProvider(ProviderAndMfaUseCases useCases) {
    return useCases.deleteSamlProvider();
  }

  @Singleton
  CreateVirtualMfaDeviceUseCase createVirtualMfaDevice(ProviderAndMfaUseCases useCases) {
    return useCases.createVirtualMfaDevice();
  }

  @Singleton
  EnableMfaDeviceUseCase enableMfaDevice(ProviderAndMfaUseCases useCases) {
    return useCases.enableMfaDevice();
  }

  @Singleton
  DeactivateMfaDeviceUseCase deactivateMfaDevice(ProviderAndMfaUseCases useCases) {
    return useCases.deactivateMfaDevice();
  }

  @Singleton
  ListMfaDevicesUseCase listMfaDevices(ProviderAndMfaUseCases useCases) {
    return useCases.listMfaDevices();
  }

  @Singleton
  DeleteVirtualMfaDeviceUseCase deleteVirtualMfaDevice(ProviderAndMfaUseCases useCases) {
    return useCases.deleteVirtualMfaDevice();
  }
}
