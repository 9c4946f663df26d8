package org.opensts.server.bootstrap;

import io.micronaut.context.annotation.Context;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opensts.application.port.in.admin.ProvisionAccountCommand;
import org.opensts.application.port.in.admin.ProvisionAccountUseCase;
import org.opensts.application.port.in.admin.ProvisionIamEntitiesUseCase;
import org.opensts.application.port.in.admin.ProvisionOrganizationCommand;
import org.opensts.application.port.in.admin.ProvisionOrganizationUseCase;
import org.opensts.application.port.in.oidc.ProvisionOutboundFederationCommand;
import org.opensts.application.port.in.oidc.ProvisionOutboundFederationUseCase;
import org.opensts.application.port.out.AccountStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.StoreUnavailableException;
import org.opensts.domain.error.StsException;
import org.opensts.domain.organization.Organization;
import org.opensts.server.wiring.StoreLifecycle;
import org.opensts.server.wiring.StsSettings;

/**
 * Seeds the stores before the server takes requests: every account of the bootstrap file and then
 * its organizations, or the demo account when no file is configured. Stores that other nodes share
 * are seeded by one node at a time, each adding only what the others have not, and only once they
 * are loaded: until then {@link #problem} says so.
 */
@Context
public final class AccountSeeder {

  private final StsSettings settings;
  private final ProvisionAccountUseCase provisionAccount;
  private final ProvisionIamEntitiesUseCase provisionIamEntities;
  private final ProvisionOutboundFederationUseCase provisionOutboundFederation;
  private final ProvisionOrganizationUseCase provisionOrganization;
  private final AccountStore stored;
  private final StoreLifecycle stores;
  private volatile DemoAccount demo;
  private volatile String problem = "the stores are not seeded yet";

  AccountSeeder(
      StsSettings settings,
      ProvisionAccountUseCase provisionAccount,
      ProvisionIamEntitiesUseCase provisionIamEntities,
      ProvisionOutboundFederationUseCase provisionOutboundFederation,
      ProvisionOrganizationUseCase provisionOrganization,
      AccountStore stored,
      StoreLifecycle stores) {
    this.settings = settings;
    this.provisionAccount = provisionAccount;
    this.provisionIamEntities = provisionIamEntities;
    this.provisionOutboundFederation = provisionOutboundFederation;
    this.provisionOrganization = provisionOrganization;
    this.stored = stored;
    this.stores = stores;
    // The file is read now, so that a malformed one stops start-up even while a shared database
    // is away.
    if (!settings.getBootstrap().isBlank()) {
      BootstrapFile.read(Path.of(settings.getBootstrap()));
    }
    stores.whenLoaded(() -> stores.exclusively(this::seedOnce));
  }

  /** Why the stores are not seeded; empty once they are. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  private void seedOnce() {
    try {
      seed();
      problem = null;
    } catch (BootstrapException e) {
      problem = e.getMessage();
      throw e;
    }
  }

  private void seed() {
    // A file store keeps what an earlier start seeded (and what IAM changed since), a shared
    // database what any node seeded: seed only the accounts they do not hold yet.
    if (settings.getBootstrap().isBlank()) {
      if (stored.find(DemoAccount.ACCOUNT).isEmpty() && stores.neverWritten()) {
        DemoAccount generated = DemoAccount.generate(new SecureRandom());
        provisionAccount.provision(generated.command());
        this.demo = generated;
      }
      return;
    }
    Path file = Path.of(settings.getBootstrap());
    List<BootstrapFile.Account> accounts = BootstrapFile.read(file);
    List<AccountId> outboundFederation = BootstrapFile.outboundFederation(file);
    Set<AccountId> seededBefore = new HashSet<>();
    for (BootstrapFile.Account declared : accounts) {
      AccountId id = declared.account().accountId();
      stored.find(id).ifPresent(found -> seededBefore.add(id));
    }
    for (int i = 0; i < accounts.size(); i++) {
      ProvisionAccountCommand account = accounts.get(i).account();
      if (seededBefore.contains(account.accountId())) {
        continue;
      }
      try {
        provisionAccount.provision(account);
        // Users and roles (in provisionAccount), then managed policies, attachments, providers and
        // MFA devices go through the IAM use cases as the account root: the same commands and
        // checks as the IAM API.
        provisionIamEntities.provision(accounts.get(i).iamEntities());
        if (outboundFederation.contains(account.accountId())) {
          provisionOutboundFederation.provision(
              new ProvisionOutboundFederationCommand(account.accountId()));
        }
      } catch (StoreUnavailableException e) {
        throw e;
      } catch (StsException e) {
        throw new BootstrapException(
            "Bootstrap file "
                + file
                + ": $.accounts["
                + i
                + "] ("
                + account.accountId()
                + "): "
                + e.getMessage());
      }
    }
    seedOrganizations(file, provisionOrganization);
  }

  /** Once every account is there; an organization a file store holds already stays as it is. */
  private static void seedOrganizations(Path file, ProvisionOrganizationUseCase provision) {
    List<Organization> organizations = BootstrapFile.organizations(file);
    for (int i = 0; i < organizations.size(); i++) {
      try {
        provision.provision(new ProvisionOrganizationCommand(organizations.get(i)));
      } catch (StoreUnavailableException e) {
        throw e;
      } catch (StsException e) {
        throw new BootstrapException(
            "Bootstrap file " + file + ": $.organizations[" + i + "]: " + e.getMessage());
      }
    }
  }

  /**
   * The demo account's ready-to-use user key and role, when the server runs on the demo account.
   */
  public Optional<DemoCredentials> demoCredentials() {
    return Optional.ofNullable(demo)
        .map(
            d ->
                new DemoCredentials(
                    d.userKey().accessKeyId().value(),
                    d.userKey().secretAccessKey().value(),
                    d.rootKey().accessKeyId().value(),
                    d.rootKey().secretAccessKey().value(),
                    d.roleArn()));
  }

  /**
   * What a new user pastes into a shell: the demo user's key for STS, the root's key for IAM
   * administration, and the role the user may assume.
   */
  public record DemoCredentials(
      String accessKeyId,
      String secretAccessKey,
      String rootAccessKeyId,
      String rootSecretAccessKey,
      String roleArn) {}
}
