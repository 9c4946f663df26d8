package org.opensts.application.service;

import static org.opensts.application.service.BootstrapSteps.step;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.ManagedPolicySpec;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.MfaDeviceSpec;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.OidcProviderSpec;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.RoleSettings;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.SamlProviderSpec;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesCommand.UserPolicies;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesUseCase;
import org.opensts.application.port.in.iam.AttachRolePolicyCommand;
import org.opensts.application.port.in.iam.AttachRolePolicyUseCase;
import org.opensts.application.port.in.iam.AttachUserPolicyCommand;
import org.opensts.application.port.in.iam.AttachUserPolicyUseCase;
import org.opensts.application.port.in.iam.CreateOpenIdConnectProviderCommand;
import org.opensts.application.port.in.iam.CreateOpenIdConnectProviderUseCase;
import org.opensts.application.port.in.iam.CreatePolicyCommand;
import org.opensts.application.port.in.iam.CreatePolicyUseCase;
import org.opensts.application.port.in.iam.CreateSamlProviderCommand;
import org.opensts.application.port.in.iam.CreateSamlProviderUseCase;
import org.opensts.application.port.in.iam.CreateVirtualMfaDeviceCommand;
import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryCommand;
import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryUseCase;
import org.opensts.application.port.in.iam.UpdateRoleCommand;
import org.opensts.application.port.in.iam.UpdateRoleUseCase;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Base32;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.InvalidRequestException;

/**
 * Provisions the bootstrap file's managed policies, attachments, role settings, identity providers
 * and MFA devices by calling the IAM use cases as the account root, with the very commands the IAM
 * API builds: one validation path for the API and the file. Each failure is reported with the entry
 * it is about, such as {@code managed policy 'x': …}.
 *
 * <p>Unlike {@link ProvisionAccountService} this is not all-or-nothing within the account: it runs
 * at start-up, where any failure stops the server before it takes a request.
 */
final class ProvisionIamEntitiesService implements ProvisionIamEntitiesUseCase {

  /** RFC 4226 asks for shared secrets of at least 128 bits. */
  static final int MIN_SEED_BYTES = 16;

  private final CreatePolicyUseCase createPolicy;
  private final AttachUserPolicyUseCase attachUserPolicy;
  private final AttachRolePolicyUseCase attachRolePolicy;
  private final UpdateRoleUseCase updateRole;
  private final PutRolePermissionsBoundaryUseCase putRolePermissionsBoundary;
  private final CreateOpenIdConnectProviderUseCase createOpenIdConnectProvider;
  private final CreateSamlProviderUseCase createSamlProvider;
  private final CreateVirtualMfaDeviceService createVirtualMfaDevice;
  private final EnableMfaDeviceService enableMfaDevice;
  private final Clock clock;

  ProvisionIamEntitiesService(
      StsUseCases core,
      CreateOpenIdConnectProviderUseCase createOpenIdConnectProvider,
      CreateSamlProviderUseCase createSamlProvider,
      CreateVirtualMfaDeviceService createVirtualMfaDevice,
      EnableMfaDeviceService enableMfaDevice,
      Clock clock) {
    this.createPolicy = core.createPolicy();
    this.attachUserPolicy = core.attachUserPolicy();
    this.attachRolePolicy = core.attachRolePolicy();
    this.updateRole = core.updateRole();
    this.putRolePermissionsBoundary = core.putRolePermissionsBoundary();
    this.createOpenIdConnectProvider = createOpenIdConnectProvider;
    this.createSamlProvider = createSamlProvider;
    this.createVirtualMfaDevice = createVirtualMfaDevice;
    this.enableMfaDevice = enableMfaDevice;
    this.clock = clock;
  }

  @Override
  public void provision(ProvisionIamEntitiesCommand command) {
    AccountId account = command.accountId();
    Caller root = BootstrapSteps.root(account, clock.instant());
    Map<String, String> declared = new HashMap<>();
    for (ManagedPolicySpec spec : command.managedPolicies()) {
      String entry = "managed policy '" + spec.name() + "'";
      String arn =
          step(
              entry,
              () ->
                  createPolicy
                      .createPolicy(
                          new CreatePolicyCommand(
                              root,
                              spec.name(),
                              spec.path(),
                              spec.document(),
                              spec.description(),
                              spec.tags()))
                      .policy()
                      .arn()
                      .toString());
      declared.put(spec.name().toLowerCase(Locale.ROOT), arn);
    }
    for (RoleSettings role : command.roles()) {
      String entry = "role '" + role.roleName() + "'";
      if (role.description() != null) {
        step(
            entry + ": description",
            () ->
                updateRole.updateRole(
                    new UpdateRoleCommand(root, role.roleName(), role.description(), null)));
      }
      if (role.permissionsBoundary() != null) {
        String boundaryEntry =
            entry + ": permissions boundary '" + role.permissionsBoundary() + "'";
        String arn = policyArn(declared, role.permissionsBoundary(), boundaryEntry);
        step(
            boundaryEntry,
            () ->
                putRolePermissionsBoundary.putRolePermissionsBoundary(
                    new PutRolePermissionsBoundaryCommand(root, role.roleName(), arn)));
      }
      for (String policy : role.attachedPolicies()) {
        String policyEntry = entry + ": attached policy '" + policy + "'";
        String arn = policyArn(declared, policy, policyEntry);
        step(
            policyEntry,
            () ->
                attachRolePolicy.attachRolePolicy(
                    new AttachRolePolicyCommand(root, role.roleName(), arn)));
      }
    }
    for (UserPolicies user : command.users()) {
      for (String policy : user.attachedPolicies()) {
        String policyEntry = "user '" + user.userName() + "': attached policy '" + policy + "'";
        String arn = policyArn(declared, policy, policyEntry);
        step(
            policyEntry,
            () ->
                attachUserPolicy.attachUserPolicy(
                    new AttachUserPolicyCommand(root, user.userName(), arn)));
      }
    }
    for (OidcProviderSpec spec : command.openIdConnectProviders()) {
      step(
          "OIDC provider '" + spec.url() + "'",
          () ->
              createOpenIdConnectProvider.createOpenIdConnectProvider(
                  new CreateOpenIdConnectProviderCommand(
                      root, spec.url(), spec.clientIds(), spec.thumbprints(), List.of())));
    }
    for (SamlProviderSpec spec : command.samlProviders()) {
      step(
          "SAML provider '" + spec.name() + "'",
          () ->
              createSamlProvider.createSamlProvider(
                  new CreateSamlProviderCommand(
                      root, spec.metadataDocument(), spec.name(), List.of())));
    }
    for (MfaDeviceSpec spec : command.mfaDevices()) {
      mfaDevice(root, account, spec);
    }
  }

  private void mfaDevice(Caller root, AccountId account, MfaDeviceSpec spec) {
    String entry = "MFA device '" + spec.name() + "'";
    if (spec.seed() == null || spec.seed().isBlank()) {
      throw InvalidRequestException.validationError(entry + ": a Base32 seed is required");
    }
    int bytes = step(entry + ": seed", () -> Base32.decode(spec.seed().replace(" ", "")).length);
    if (bytes < MIN_SEED_BYTES) {
      throw InvalidRequestException.validationError(
          entry
              + ": seed: a seed holds at least 128 bits (26 Base32 characters), as RFC 4226 asks; this one holds "
              + bytes * 8);
    }
    String serialNumber =
        step(
            entry,
            () ->
                createVirtualMfaDevice
                    .createWithSeed(
                        new CreateVirtualMfaDeviceCommand(
                            root, spec.name(), spec.path(), List.of()),
                        spec.seed().replace(" ", ""))
                    .device()
                    .serialNumber()
                    .toString());
    if (spec.userName() != null) {
      step(
          entry + ": user '" + spec.userName() + "'",
          () -> enableMfaDevice.enableTrusted(root, spec.userName(), serialNumber));
    }
  }

  /** A policy ARN as given, or the ARN of the policy declared in this account under that name. */
  private static String policyArn(Map<String, String> declared, String reference, String entry) {
    if (reference.startsWith("arn:")) {
      return reference;
    }
    String arn = declared.get(reference.toLowerCase(Locale.ROOT));
    if (arn == null) {
      throw InvalidRequestException.validationError(
          entry
              + ": no managed policy of that name is declared in this account; give the name of"
              + " one in managedPolicies or a policy ARN");
    }
    return arn;
  }
}
