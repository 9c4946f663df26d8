package org.opensts.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.admin.ProvisionAccountUseCase;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesUseCase;
import org.opensts.application.port.in.admin.RotateSealingKeyUseCase;
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
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.application.port.out.AccountStore;
import org.opensts.application.port.out.KeyRing;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.application.port.out.RoleStore;
import org.opensts.application.port.out.SamlAssertionVerifier;
import org.opensts.application.port.out.SamlMetadataParser;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.application.port.out.WebIdentityTokenVerifier;

/**
 * Builds every use case from the outbound ports, so the composition root can wire the services
 * while they stay package-private and framework-free.
 */
public final class StsUseCases {

  private final AuthenticateRequestUseCase authenticateRequest;
  private final GetCallerIdentityUseCase getCallerIdentity;
  private final GetSessionTokenUseCase getSessionToken;
  private final GetFederationTokenUseCase getFederationToken;
  private final GetAccessKeyInfoUseCase getAccessKeyInfo;
  private final AssumeRoleUseCase assumeRole;
  private final AuthorizeUseCase authorize;
  private final DecodeAuthorizationMessageUseCase decodeAuthorizationMessage;
  private final ProvisionAccountUseCase provisionAccount;
  private final RotateSealingKeyUseCase rotateSealingKey;
  private final CreateUserUseCase createUser;
  private final GetUserUseCase getUser;
  private final ListUsersUseCase listUsers;
  private final DeleteUserUseCase deleteUser;
  private final TagUserUseCase tagUser;
  private final UntagUserUseCase untagUser;
  private final CreateAccessKeyUseCase createAccessKey;
  private final ListAccessKeysUseCase listAccessKeys;
  private final UpdateAccessKeyUseCase updateAccessKey;
  private final DeleteAccessKeyUseCase deleteAccessKey;
  private final CreateRoleUseCase createRole;
  private final GetRoleUseCase getRole;
  private final ListRolesUseCase listRoles;
  private final UpdateRoleUseCase updateRole;
  private final UpdateAssumeRolePolicyUseCase updateAssumeRolePolicy;
  private final DeleteRoleUseCase deleteRole;
  private final TagRoleUseCase tagRole;
  private final UntagRoleUseCase untagRole;
  private final PutRolePermissionsBoundaryUseCase putRolePermissionsBoundary;
  private final DeleteRolePermissionsBoundaryUseCase deleteRolePermissionsBoundary;
  private final PutUserPolicyUseCase putUserPolicy;
  private final GetUserPolicyUseCase getUserPolicy;
  private final DeleteUserPolicyUseCase deleteUserPolicy;
  private final ListUserPoliciesUseCase listUserPolicies;
  private final PutRolePolicyUseCase putRolePolicy;
  private final GetRolePolicyUseCase getRolePolicy;
  private final DeleteRolePolicyUseCase deleteRolePolicy;
  private final ListRolePoliciesUseCase listRolePolicies;
  // Managed policies.
  private final CreatePolicyUseCase createPolicy;
  private final GetPolicyUseCase getPolicy;
  private final GetPolicyVersionUseCase getPolicyVersion;
  private final DeletePolicyUseCase deletePolicy;
  private final ListPoliciesUseCase listPolicies;
  private final AttachUserPolicyUseCase attachUserPolicy;
  private final DetachUserPolicyUseCase detachUserPolicy;
  private final AttachRolePolicyUseCase attachRolePolicy;
  private final DetachRolePolicyUseCase detachRolePolicy;
  private final ListAttachedUserPoliciesUseCase listAttachedUserPolicies;
  private final ListAttachedRolePoliciesUseCase listAttachedRolePolicies;

  // Shared with ProviderAndMfaUseCases, so that one authorizer decides every IAM request.
  private final IamAuthorizer iamAuthorizer;
  // Shared with FederationUseCases, so that every way of assuming a role issues sessions alike.
  private final RoleSessions roleSessions;
  private final RoleStore roleStore;
  private final RequestKeys requestKeys;
  private final UserStore userStore;
  private final MfaDeviceStore mfaDeviceStore;
  // Shared with OutboundFederationUseCases, which decides and describes callers alike.
  private final CallerPermissions callerPermissions;
  private final PrincipalDirectory principalDirectory;
  // Shared with RootAccessUseCases, so that AssumeRoot mints credentials as every operation does.
  private final CredentialIssuer credentialIssuer;

  private StsUseCases(Ports ports, Clock clock, RandomGenerator random, String region) {
    CredentialIssuer issuer = new CredentialIssuer(ports.keyRing(), clock, random);
    PrincipalDirectory directory =
        new PrincipalDirectory(ports.users(), ports.roles(), ports.policies());
    RequestKeys requestKeys = new RequestKeys(directory, clock);
    CallerPermissions permissions =
        new CallerPermissions(directory, new SessionPolicyDocuments(ports.policyParser()));
    this.authenticateRequest =
        new AuthenticateRequestService(ports.accessKeys(), ports.keyRing(), clock, region);
    this.getCallerIdentity = new GetCallerIdentityService();
    this.rotateSealingKey = new RotateSealingKeyService(ports.keyRing(), clock);
    // One MFA check for every MFA-protected STS call (GetSessionToken, AssumeRole).
    MfaCheck mfaCheck = new MfaCheck(ports.mfaDevices(), clock);
    this.getSessionToken = new GetSessionTokenService(issuer, mfaCheck);
    SessionPolicyResolver sessionPolicies =
        new SessionPolicyResolver(ports.policyParser(), ports.policies());
    this.getFederationToken =
        new GetFederationTokenService(permissions, requestKeys, sessionPolicies, issuer);
    this.getAccessKeyInfo = new GetAccessKeyInfoService(ports.accessKeys());
    this.roleSessions = new RoleSessions(sessionPolicies, issuer);
    this.roleStore = ports.roles();
    this.requestKeys = requestKeys;
    this.callerPermissions = permissions;
    this.principalDirectory = directory;
    this.credentialIssuer = issuer;
    this.assumeRole =
        new AssumeRoleService(ports.roles(), permissions, requestKeys, mfaCheck, roleSessions);
    this.authorize =
        new AuthorizeService(
            permissions, requestKeys, ports.policyParser(), ports.keyRing(), random);
    this.decodeAuthorizationMessage =
        new DecodeAuthorizationMessageService(permissions, requestKeys, ports.keyRing());
    IamAuthorizer authorizer = new IamAuthorizer(permissions, requestKeys);
    this.iamAuthorizer = authorizer;
    this.userStore = ports.users();
    this.mfaDeviceStore = ports.mfaDevices();
    ManagedPolicies managedPolicies = new ManagedPolicies(ports.policies(), authorizer);
    IamUsers iamUsers = new IamUsers(ports.users(), authorizer);
    this.createUser = new CreateUserService(ports.users(), authorizer, clock, random);
    this.getUser = new GetUserService(iamUsers, ports.accounts(), authorizer);
    this.listUsers = new ListUsersService(ports.users(), authorizer);
    this.deleteUser =
        new DeleteUserService(
            ports.users(), iamUsers, ports.accessKeys(), ports.mfaDevices(), managedPolicies);
    this.tagUser = new TagUserService(ports.users(), iamUsers);
    this.untagUser = new UntagUserService(ports.users(), iamUsers);
    this.createAccessKey = new CreateAccessKeyService(ports.accessKeys(), iamUsers, clock, random);
    this.listAccessKeys = new ListAccessKeysService(ports.accessKeys(), iamUsers);
    this.updateAccessKey = new UpdateAccessKeyService(ports.accessKeys(), iamUsers);
    this.deleteAccessKey = new DeleteAccessKeyService(ports.accessKeys(), iamUsers);
    IamRoles iamRoles = new IamRoles(ports.roles(), authorizer);
    PolicyDocumentParser parser = ports.policyParser();
    this.createRole = new CreateRoleService(ports.roles(), parser, authorizer, clock, random);
    this.getRole = new GetRoleService(iamRoles);
    this.listRoles = new ListRolesService(ports.roles(), authorizer);
    this.updateRole = new UpdateRoleService(ports.roles(), iamRoles);
    this.updateAssumeRolePolicy =
        new UpdateAssumeRolePolicyService(ports.roles(), iamRoles, parser);
    this.deleteRole = new DeleteRoleService(ports.roles(), iamRoles, managedPolicies);
    this.tagRole = new TagRoleService(ports.roles(), iamRoles);
    this.untagRole = new UntagRoleService(ports.roles(), iamRoles);
    this.putRolePermissionsBoundary =
        new PutRolePermissionsBoundaryService(ports.roles(), iamRoles, managedPolicies);
    this.deleteRolePermissionsBoundary =
        new DeleteRolePermissionsBoundaryService(ports.roles(), iamRoles);
    this.putUserPolicy = new PutUserPolicyService(ports.users(), iamUsers, parser);
    this.getUserPolicy = new GetUserPolicyService(iamUsers);
    this.deleteUserPolicy = new DeleteUserPolicyService(ports.users(), iamUsers);
    this.listUserPolicies = new ListUserPoliciesService(iamUsers);
    this.putRolePolicy = new PutRolePolicyService(ports.roles(), iamRoles, parser);
    this.getRolePolicy = new GetRolePolicyService(iamRoles);
    this.deleteRolePolicy = new DeleteRolePolicyService(ports.roles(), iamRoles);
    this.listRolePolicies = new ListRolePoliciesService(iamRoles);
    // The bootstrap file's accounts, users and roles, through the IAM use cases above.
    this.provisionAccount =
        new ProvisionAccountService(
            ports.accounts(),
            ports.accessKeys(),
            parser,
            createUser,
            putUserPolicy,
            createRole,
            putRolePolicy,
            clock);
    // Managed policies.
    this.createPolicy =
        new CreatePolicyService(ports.policies(), parser, authorizer, clock, random);
    this.getPolicy = new GetPolicyService(managedPolicies);
    this.getPolicyVersion = new GetPolicyVersionService(managedPolicies);
    this.deletePolicy = new DeletePolicyService(ports.policies(), managedPolicies);
    this.listPolicies = new ListPoliciesService(ports.policies(), authorizer);
    this.attachUserPolicy = new AttachUserPolicyService(iamUsers, managedPolicies);
    this.detachUserPolicy = new DetachUserPolicyService(iamUsers, managedPolicies);
    this.attachRolePolicy = new AttachRolePolicyService(iamRoles, managedPolicies);
    this.detachRolePolicy = new DetachRolePolicyService(iamRoles, managedPolicies);
    this.listAttachedUserPolicies = new ListAttachedUserPoliciesService(iamUsers, managedPolicies);
    this.listAttachedRolePolicies = new ListAttachedRolePoliciesService(iamRoles, managedPolicies);
  }

  /**
   * @param clock the only source of time
   * @param random the only source of randomness (key ids, secrets, nonces): pass a SecureRandom
   * @param region the region this endpoint serves; requests scoped to it or to us-east-1 are
   *     accepted
   */
  public static StsUseCases create(
      Ports ports, Clock clock, RandomGenerator random, String region) {
    return new StsUseCases(
        Objects.requireNonNull(ports, "ports"),
        Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(random, "random"),
        Objects.requireNonNull(region, "region"));
  }

  /** Admission shared by every protocol the server speaks; it needs no store. */
  public static AdmitRequestUseCase admitRequest(AdmissionLimits limits) {
    return new AdmitRequestService(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * How much the service takes on; zero turns a limit off.
   *
   * @param maxConcurrentRequests requests in progress at once, over every protocol
   * @param ratePerKey requests per second per access key id
   * @param burstPerKey requests an idle access key id may make at once
   */
  public record AdmissionLimits(int maxConcurrentRequests, double ratePerKey, int burstPerKey) {}

  /** The outbound ports the use cases need. */
  public record Ports(
      AccountStore accounts,
      UserStore users,
      RoleStore roles,
      AccessKeyStore accessKeys,
      PolicyStore policies,
      KeyRing keyRing,
      PolicyDocumentParser policyParser,
      MfaDeviceStore mfaDevices) {

    public Ports {
      Objects.requireNonNull(accounts, "accounts");
      Objects.requireNonNull(users, "users");
      Objects.requireNonNull(roles, "roles");
      Objects.requireNonNull(accessKeys, "accessKeys");
      Objects.requireNonNull(policies, "policies");
      Objects.requireNonNull(keyRing, "keyRing");
      Objects.requireNonNull(policyParser, "policyParser");
      Objects.requireNonNull(mfaDevices, "mfaDevices");
    }
  }

  public AuthenticateRequestUseCase authenticateRequest() {
    return authenticateRequest;
  }

  public GetCallerIdentityUseCase getCallerIdentity() {
    return getCallerIdentity;
  }

  public GetSessionTokenUseCase getSessionToken() {
    return getSessionToken;
  }

  public GetFederationTokenUseCase getFederationToken() {
    return getFederationToken;
  }

  public GetAccessKeyInfoUseCase getAccessKeyInfo() {
    return getAccessKeyInfo;
  }

  public AssumeRoleUseCase assumeRole() {
    return assumeRole;
  }

  /** The decision internal services ask for about a caller this server authenticated. */
  public AuthorizeUseCase authorize() {
    return authorize;
  }

  public DecodeAuthorizationMessageUseCase decodeAuthorizationMessage() {
    return decodeAuthorizationMessage;
  }

  public ProvisionAccountUseCase provisionAccount() {
    return provisionAccount;
  }

  /** The operator's key rotation, which the server also runs on a schedule. */
  public RotateSealingKeyUseCase rotateSealingKey() {
    return rotateSealingKey;
  }

  public CreateUserUseCase createUser() {
    return createUser;
  }

  public GetUserUseCase getUser() {
    return getUser;
  }

  public ListUsersUseCase listUsers() {
    return listUsers;
  }

  public DeleteUserUseCase deleteUser() {
    return deleteUser;
  }

  public TagUserUseCase tagUser() {
    return tagUser;
  }

  public UntagUserUseCase untagUser() {
    return untagUser;
  }

  public CreateAccessKeyUseCase createAccessKey() {
    return createAccessKey;
  }

  public ListAccessKeysUseCase listAccessKeys() {
    return listAccessKeys;
  }

  public UpdateAccessKeyUseCase updateAccessKey() {
    return updateAccessKey;
  }

  public DeleteAccessKeyUseCase deleteAccessKey() {
    return deleteAccessKey;
  }

  public CreateRoleUseCase createRole() {
    return createRole;
  }

  public GetRoleUseCase getRole() {
    return getRole;
  }

  public ListRolesUseCase listRoles() {
    return listRoles;
  }

  public UpdateRoleUseCase updateRole() {
    return updateRole;
  }

  public UpdateAssumeRolePolicyUseCase updateAssumeRolePolicy() {
    return updateAssumeRolePolicy;
  }

  public DeleteRoleUseCase deleteRole() {
    return deleteRole;
  }

  public TagRoleUseCase tagRole() {
    return tagRole;
  }

  public UntagRoleUseCase untagRole() {
    return untagRole;
  }

  public PutRolePermissionsBoundaryUseCase putRolePermissionsBoundary() {
    return putRolePermissionsBoundary;
  }

  public DeleteRolePermissionsBoundaryUseCase deleteRolePermissionsBoundary() {
    return deleteRolePermissionsBoundary;
  }

  public PutUserPolicyUseCase putUserPolicy() {
    return putUserPolicy;
  }

  public GetUserPolicyUseCase getUserPolicy() {
    return getUserPolicy;
  }

  public DeleteUserPolicyUseCase deleteUserPolicy() {
    return deleteUserPolicy;
  }

  public ListUserPoliciesUseCase listUserPolicies() {
    return listUserPolicies;
  }

  public PutRolePolicyUseCase putRolePolicy() {
    return putRolePolicy;
  }

  public GetRolePolicyUseCase getRolePolicy() {
    return getRolePolicy;
  }

  public DeleteRolePolicyUseCase deleteRolePolicy() {
    return deleteRolePolicy;
  }

  public ListRolePoliciesUseCase listRolePolicies() {
    return listRolePolicies;
  }

  public CreatePolicyUseCase createPolicy() {
    return createPolicy;
  }

  public GetPolicyUseCase getPolicy() {
    return getPolicy;
  }

  public GetPolicyVersionUseCase getPolicyVersion() {
    return getPolicyVersion;
  }

  public DeletePolicyUseCase deletePolicy() {
    return deletePolicy;
  }

  public ListPoliciesUseCase listPolicies() {
    return listPolicies;
  }

  public AttachUserPolicyUseCase attachUserPolicy() {
    return attachUserPolicy;
  }

  public DetachUserPolicyUseCase detachUserPolicy() {
    return detachUserPolicy;
  }

  public AttachRolePolicyUseCase attachRolePolicy() {
    return attachRolePolicy;
  }

  public DetachRolePolicyUseCase detachRolePolicy() {
    return detachRolePolicy;
  }

  public ListAttachedUserPoliciesUseCase listAttachedUserPolicies() {
    return listAttachedUserPolicies;
  }

  public ListAttachedRolePoliciesUseCase listAttachedRolePolicies() {
    return listAttachedRolePolicies;
  }

  IamAuthorizer iamAuthorizer() {
    return iamAuthorizer;
  }

  RoleSessions roleSessions() {
    return roleSessions;
  }

  RoleStore roleStore() {
    return roleStore;
  }

  RequestKeys requestKeys() {
    return requestKeys;
  }

  UserStore userStore() {
    return userStore;
  }

  MfaDeviceStore mfaDeviceStore() {
    return mfaDeviceStore;
  }

  CallerPermissions callerPermissions() {
    return callerPermissions;
  }

  PrincipalDirectory principalDirectory() {
    return principalDirectory;
  }

  CredentialIssuer credentialIssuer() {
    return credentialIssuer;
  }

  /**
   * Builds the IAM identity provider (OIDC, SAML) and virtual MFA device use cases, beside {@link
   * StsUseCases} and with its authorizer, so that the composition root wires them while the
   * services stay package-private.
   */
  public static final class ProviderAndMfaUseCases {

    private final CreateOpenIdConnectProviderUseCase createOpenIdConnectProvider;
    private final GetOpenIdConnectProviderUseCase getOpenIdConnectProvider;
    private final ListOpenIdConnectProvidersUseCase listOpenIdConnectProviders;
    private final DeleteOpenIdConnectProviderUseCase deleteOpenIdConnectProvider;
    private final CreateSamlProviderUseCase createSamlProvider;
    private final GetSamlProviderUseCase getSamlProvider;
    private final ListSamlProvidersUseCase listSamlProviders;
    private final DeleteSamlProviderUseCase deleteSamlProvider;
    private final CreateVirtualMfaDeviceUseCase createVirtualMfaDevice;
    private final EnableMfaDeviceUseCase enableMfaDevice;
    private final DeactivateMfaDeviceUseCase deactivateMfaDevice;
    private final ListMfaDevicesUseCase listMfaDevices;
    private final DeleteVirtualMfaDeviceUseCase deleteVirtualMfaDevice;
    private final ProvisionIamEntitiesUseCase provisionIamEntities;

    private ProviderAndMfaUseCases(
        StsUseCases core,
        Ports ports,
        Clock clock,
        RandomGenerator random,
        boolean allowHttpLoopbackIssuers) {
      IamAuthorizer authorizer = core.iamAuthorizer();
      IamUsers iamUsers = new IamUsers(core.userStore(), authorizer);
      MfaDeviceStore mfaDevices = core.mfaDeviceStore();
      IamProviders iamProviders =
          new IamProviders(ports.oidcProviders(), ports.samlProviders(), authorizer);
      this.createOpenIdConnectProvider =
          new CreateOpenIdConnectProviderService(
              ports.oidcProviders(), authorizer, clock, allowHttpLoopbackIssuers);
      this.getOpenIdConnectProvider = new GetOpenIdConnectProviderService(iamProviders);
      this.listOpenIdConnectProviders =
          new ListOpenIdConnectProvidersService(ports.oidcProviders(), authorizer);
      this.deleteOpenIdConnectProvider =
          new DeleteOpenIdConnectProviderService(ports.oidcProviders(), iamProviders);
      this.createSamlProvider =
          new CreateSamlProviderService(
              ports.samlProviders(), ports.samlMetadataParser(), authorizer, clock);
      this.getSamlProvider = new GetSamlProviderService(iamProviders);
      this.listSamlProviders = new ListSamlProvidersService(ports.samlProviders(), authorizer);
      this.deleteSamlProvider = new DeleteSamlProviderService(ports.samlProviders(), iamProviders);
      CreateVirtualMfaDeviceService createVirtualMfaDeviceService =
          new CreateVirtualMfaDeviceService(mfaDevices, authorizer, random);
      EnableMfaDeviceService enableMfaDeviceService =
          new EnableMfaDeviceService(mfaDevices, iamUsers, clock);
      this.createVirtualMfaDevice = createVirtualMfaDeviceService;
      this.enableMfaDevice = enableMfaDeviceService;
      this.deactivateMfaDevice = new DeactivateMfaDeviceService(mfaDevices, iamUsers);
      this.listMfaDevices = new ListMfaDevicesService(mfaDevices, iamUsers);
      this.deleteVirtualMfaDevice = new DeleteVirtualMfaDeviceService(mfaDevices, authorizer);
      this.provisionIamEntities =
          new ProvisionIamEntitiesService(
              core,
              createOpenIdConnectProvider,
              createSamlProvider,
              createVirtualMfaDeviceService,
              enableMfaDeviceService,
              clock);
    }

    /**
     * @param core the STS and IAM use cases, whose authorizer and users these share
     * @param clock the only source of time
     * @param random the only source of randomness (MFA secrets): pass a SecureRandom
     */
    public static ProviderAndMfaUseCases create(
        StsUseCases core, Ports ports, Clock clock, RandomGenerator random) {
      return create(core, ports, clock, random, false);
    }

    /**
     * @param allowHttpLoopbackIssuers whether OIDC providers may also be local ones, {@code
     *     http://} on a loopback host with a port ({@code STS_OIDC_ALLOW_HTTP_LOOPBACK})
     */
    public static ProviderAndMfaUseCases create(
        StsUseCases core,
        Ports ports,
        Clock clock,
        RandomGenerator random,
        boolean allowHttpLoopbackIssuers) {
      return new ProviderAndMfaUseCases(
          Objects.requireNonNull(core, "core"),
          Objects.requireNonNull(ports, "ports"),
          Objects.requireNonNull(clock, "clock"),
          Objects.requireNonNull(random, "random"),
          allowHttpLoopbackIssuers);
    }

    /**
     * The outbound ports these use cases need beyond the core's stores (the MFA device store is the
     * core's, since DeleteUser must see a user's devices).
     */
    public record Ports(
        OpenIdConnectProviderStore oidcProviders,
        SamlProviderStore samlProviders,
        SamlMetadataParser samlMetadataParser) {

      public Ports {
        Objects.requireNonNull(oidcProviders, "oidcProviders");
        Objects.requireNonNull(samlProviders, "samlProviders");
        Objects.requireNonNull(samlMetadataParser, "samlMetadataParser");
      }
    }

    public CreateOpenIdConnectProviderUseCase createOpenIdConnectProvider() {
      return createOpenIdConnectProvider;
    }

    public GetOpenIdConnectProviderUseCase getOpenIdConnectProvider() {
      return getOpenIdConnectProvider;
    }

    public ListOpenIdConnectProvidersUseCase listOpenIdConnectProviders() {
      return listOpenIdConnectProviders;
    }

    public DeleteOpenIdConnectProviderUseCase deleteOpenIdConnectProvider() {
      return deleteOpenIdConnectProvider;
    }

    public CreateSamlProviderUseCase createSamlProvider() {
      return createSamlProvider;
    }

    public GetSamlProviderUseCase getSamlProvider() {
      return getSamlProvider;
    }

    public ListSamlProvidersUseCase listSamlProviders() {
      return listSamlProviders;
    }

    public DeleteSamlProviderUseCase deleteSamlProvider() {
      return deleteSamlProvider;
    }

    public CreateVirtualMfaDeviceUseCase createVirtualMfaDevice() {
      return createVirtualMfaDevice;
    }

    public EnableMfaDeviceUseCase enableMfaDevice() {
      return enableMfaDevice;
    }

    public DeactivateMfaDeviceUseCase deactivateMfaDevice() {
      return deactivateMfaDevice;
    }

    public ListMfaDevicesUseCase listMfaDevices() {
      return listMfaDevices;
    }

    public DeleteVirtualMfaDeviceUseCase deleteVirtualMfaDevice() {
      return deleteVirtualMfaDevice;
    }

    /** The bootstrap file's IAM entities, through the use cases above and {@link StsUseCases}. */
    public ProvisionIamEntitiesUseCase provisionIamEntities() {
      return provisionIamEntities;
    }
  }

  /**
   * Builds AssumeRoleWithWebIdentity and AssumeRoleWithSAML: roles assumed by the holder of a token
   * or assertion from an identity provider registered in IAM, issued as {@link StsUseCases} issues
   * role sessions.
   */
  public static final class FederationUseCases {

    private final AssumeRoleWithWebIdentityUseCase assumeRoleWithWebIdentity;
    private final AssumeRoleWithSamlUseCase assumeRoleWithSaml;

    private FederationUseCases(StsUseCases core, Ports ports, Clock clock) {
      this.assumeRoleWithSaml =
          new AssumeRoleWithSamlService(
              core.roleStore(),
              ports.samlProviders(),
              ports.samlAssertionVerifier(),
              core.requestKeys(),
              core.roleSessions(),
              clock);
      this.assumeRoleWithWebIdentity =
          new AssumeRoleWithWebIdentityService(
              core.roleStore(),
              ports.oidcProviders(),
              ports.webIdentityTokenVerifier(),
              core.requestKeys(),
              core.roleSessions(),
              clock);
    }

    /**
     * @param core the STS use cases, whose roles and session issuing these share
     * @param clock the only source of time
     */
    public static FederationUseCases create(StsUseCases core, Ports ports, Clock clock) {
      return new FederationUseCases(
          Objects.requireNonNull(core, "core"),
          Objects.requireNonNull(ports, "ports"),
          Objects.requireNonNull(clock, "clock"));
    }

    /** The identity providers registered in IAM, and what verifies their tokens and assertions. */
    public record Ports(
        OpenIdConnectProviderStore oidcProviders,
        SamlProviderStore samlProviders,
        WebIdentityTokenVerifier webIdentityTokenVerifier,
        SamlAssertionVerifier samlAssertionVerifier) {

      public Ports {
        Objects.requireNonNull(oidcProviders, "oidcProviders");
        Objects.requireNonNull(samlProviders, "samlProviders");
        Objects.requireNonNull(webIdentityTokenVerifier, "webIdentityTokenVerifier");
        Objects.requireNonNull(samlAssertionVerifier, "samlAssertionVerifier");
      }
    }

    public AssumeRoleWithWebIdentityUseCase assumeRoleWithWebIdentity() {
      return assumeRoleWithWebIdentity;
    }

    public AssumeRoleWithSamlUseCase assumeRoleWithSaml() {
      return assumeRoleWithSaml;
    }
  }
}
