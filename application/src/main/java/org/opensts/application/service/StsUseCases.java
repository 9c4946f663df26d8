package org.opensts.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.admin.ProvisionAccountUseCase;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.application.port.in.iam.CreateAccessKeyUseCase;
import org.opensts.application.port.in.iam.CreateUserUseCase;
import org.opensts.application.port.in.iam.DeleteAccessKeyUseCase;
import org.opensts.application.port.in.iam.DeleteUserUseCase;
import org.opensts.application.port.in.iam.GetUserUseCase;
import org.opensts.application.port.in.iam.ListAccessKeysUseCase;
import org.opensts.application.port.in.iam.ListUsersUseCase;
import org.opensts.application.port.in.iam.TagUserUseCase;
import org.opensts.application.port.in.iam.UntagUserUseCase;
import org.opensts.application.port.in.iam.UpdateAccessKeyUseCase;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.application.port.out.AccountStore;
import org.opensts.application.port.out.KeyRing;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.RoleStore;
import org.opensts.application.port.out.UserStore;

/**
 * Builds every use case from the outbound ports, so the composition root can wire the services
 * while they stay package-private and framework-free.
 */
public final class StsUseCases {

  private final AuthenticateRequestUseCase authenticateRequest;
  private final GetCallerIdentityUseCase getCallerIdentity;
  private final GetSessionTokenUseCase getSessionToken;
  private final AssumeRoleUseCase assumeRole;
  private final ProvisionAccountUseCase provisionAccount;
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

  private StsUseCases(Ports ports, Clock clock, RandomGenerator random, String region) {
    CredentialIssuer issuer = new CredentialIssuer(ports.keyRing(), clock, random);
    PrincipalDirectory directory = new PrincipalDirectory(ports.users(), ports.roles());
    RequestKeys requestKeys = new RequestKeys(directory, clock);
    this.authenticateRequest =
        new AuthenticateRequestService(ports.accessKeys(), ports.keyRing(), clock, region);
    this.getCallerIdentity = new GetCallerIdentityService();
    this.getSessionToken = new GetSessionTokenService(issuer);
    this.assumeRole = new AssumeRoleService(ports.roles(), directory, requestKeys, issuer);
    this.provisionAccount =
        new ProvisionAccountService(
            ports.accounts(),
            ports.users(),
            ports.roles(),
            ports.accessKeys(),
            ports.policyParser(),
            clock,
            random);
    IamAuthorizer authorizer = new IamAuthorizer(directory, requestKeys);
    IamUsers iamUsers = new IamUsers(ports.users());
    this.createUser = new CreateUserService(ports.users(), authorizer, clock, random);
    this.getUser = new GetUserService(iamUsers, ports.accounts(), authorizer);
    this.listUsers = new ListUsersService(ports.users(), authorizer);
    this.deleteUser =
        new DeleteUserService(ports.users(), iamUsers, ports.accessKeys(), authorizer);
    this.tagUser = new TagUserService(ports.users(), iamUsers, authorizer);
    this.untagUser = new UntagUserService(ports.users(), iamUsers, authorizer);
    this.createAccessKey =
        new CreateAccessKeyService(ports.accessKeys(), iamUsers, authorizer, clock, random);
    this.listAccessKeys = new ListAccessKeysService(ports.accessKeys(), iamUsers, authorizer);
    this.updateAccessKey = new UpdateAccessKeyService(ports.accessKeys(), iamUsers, authorizer);
    this.deleteAccessKey = new DeleteAccessKeyService(ports.accessKeys(), iamUsers, authorizer);
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

  /** The outbound ports the use cases need. */
  public record Ports(
      AccountStore accounts,
      UserStore users,
      RoleStore roles,
      AccessKeyStore accessKeys,
      KeyRing keyRing,
      PolicyDocumentParser policyParser) {

    public Ports {
      Objects.requireNonNull(accounts, "accounts");
      Objects.requireNonNull(users, "users");
      Objects.requireNonNull(roles, "roles");
      Objects.requireNonNull(accessKeys, "accessKeys");
      Objects.requireNonNull(keyRing, "keyRing");
      Objects.requireNonNull(policyParser, "policyParser");
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

  public AssumeRoleUseCase assumeRole() {
    return assumeRole;
  }

  public ProvisionAccountUseCase provisionAccount() {
    return provisionAccount;
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
}
