package org.opensts.adapter.postgres;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.application.port.out.AccountStore;
import org.opensts.application.port.out.KeyRing;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.application.port.out.RoleStore;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.application.port.out.WebTokenSigningKeyRing;
import org.opensts.domain.secret.MasterKey;
import org.opensts.domain.secret.SecretBox;

/**
 * The stores of one node on a PostgreSQL database that several nodes share. {@link #start} returns
 * at once: a thread of the stores' own migrates the schema, loads the mirror and keeps it in step,
 * retrying while the database cannot be reached. Until the first load the stores answer
 * ServiceUnavailable and {@link #isReady} is false.
 */
public final class PostgresStores implements AutoCloseable {

  /**
   * @param pollInterval how long the sync waits for a notification before it reads the change log
   *     anyway; bounds how late a change arrives should a notification be lost
   * @param retryInterval the pause between attempts to reach the database
   * @param changeRetention how long the change log keeps a change; a node cut off for longer
   *     reloads everything on return, as it does after any outage
   */
  public record Options(Duration pollInterval, Duration retryInterval, Duration changeRetention) {

    public Options {
      Objects.requireNonNull(pollInterval, "pollInterval");
      Objects.requireNonNull(retryInterval, "retryInterval");
      Objects.requireNonNull(changeRetention, "changeRetention");
    }

    public static Options defaults() {
      return new Options(Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofHours(1));
    }
  }

  private final StoreState state;
  private final MirrorSync sync;
  private final Thread syncThread;
  private final ExclusiveSection exclusive;
  private final PostgresUserStore users;
  private final PostgresAccountStore accounts;
  private final PostgresRoleStore roles;
  private final PostgresAccessKeyStore accessKeys;
  private final PostgresPolicyStore policies;
  private final PostgresOpenIdConnectProviderStore oidcProviders;
  private final PostgresSamlProviderStore samlProviders;
  private final PostgresMfaDeviceStore mfaDevices;
  private final PostgresOutboundFederationStore outboundFederation;
  private final PostgresOrganizationStore organizations;
  private final PostgresKeyRing keyRing;
  private final PostgresWebTokenSigningKeyRing webTokenKeys;

  private PostgresStores(
      DataSource dataSource, MasterKey masterKey, PolicyDocumentParser parser, Options options) {
    this.state = new StoreState();
    Database database = new Database(dataSource);
    SecureRandom random = new SecureRandom();
    RowSecrets rowSecrets =
        new RowSecrets(new SecretBox(Objects.requireNonNull(masterKey, "masterKey"), random));
    this.users = new PostgresUserStore(database, state, parser);
    this.accounts = new PostgresAccountStore(database, state);
    this.roles = new PostgresRoleStore(database, state, parser);
    this.accessKeys = new PostgresAccessKeyStore(database, state, rowSecrets);
    this.policies = new PostgresPolicyStore(database, state, parser);
    this.oidcProviders = new PostgresOpenIdConnectProviderStore(database, state);
    this.samlProviders = new PostgresSamlProviderStore(database, state);
    this.mfaDevices = new PostgresMfaDeviceStore(database, state, rowSecrets);
    this.outboundFederation = new PostgresOutboundFederationStore(database, state);
    this.organizations = new PostgresOrganizationStore(database, state);
    // The first key's date; later keys are dated by the caller's clock.
    this.keyRing = new PostgresKeyRing(database, state, rowSecrets, random, Clock.systemUTC());
    this.webTokenKeys = new PostgresWebTokenSigningKeyRing(database, state, rowSecrets, random);
    List<MirroredTable> tables =
        List.of(
            users.table(),
            accounts.table(),
            roles.table(),
            accessKeys.table(),
            policies.table(),
            oidcProviders.table(),
            samlProviders.table(),
            mfaDevices.table(),
            outboundFederation.table(),
            organizations.table(),
            keyRing.table(),
            webTokenKeys.table());
    this.sync = new MirrorSync(dataSource, tables, options, state);
    this.exclusive = new ExclusiveSection(database, sync::position);
    this.syncThread = new Thread(sync, "sts-postgres-sync");
    syncThread.setDaemon(true);
  }

  /** Starts connecting, loading and following in the background; returns at once. */
  public static PostgresStores start(
      DataSource dataSource, MasterKey masterKey, PolicyDocumentParser parser, Options options) {
    PostgresStores stores = new PostgresStores(dataSource, masterKey, parser, options);
    stores.syncThread.start();
    return stores;
  }

  /** Waits until the mirror is loaded; false if it is not within the timeout. */
  public boolean awaitLoaded(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!state.isLoaded()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /** Loaded and in step with the database now. */
  public boolean isReady() {
    return state.isLoaded() && state.isConnected();
  }

  /** Why the stores are not ready, for the readiness probe; empty when they are. */
  public String problem() {
    return isReady() ? "" : state.lastProblem();
  }

  /**
   * Runs the action once the mirror is first loaded, on a thread of its own (not the sync thread:
   * the action may wait for the mirror to catch up, as {@link #exclusively} does); never if the
   * stores are closed first.
   */
  public void whenLoaded(Runnable action) {
    Thread waiting =
        new Thread(
            () -> {
              try {
                while (!awaitLoaded(Duration.ofSeconds(1))) {
                  if (!syncThread.isAlive()) {
                    return;
                  }
                }
                action.run();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "sts-postgres-when-loaded");
    waiting.setDaemon(true);
    waiting.start();
  }

  /**
   * Runs the action while no other node on the database runs one, once this node's mirror holds
   * every change committed before: start-up seeding, so that nodes started together seed once.
   *
   * @throws org.opensts.domain.error.StoreUnavailableException when the database cannot be reached
   */
  public void exclusively(Runnable action) {
    exclusive.run(action);
  }

  /**
   * Whether nothing was ever written to the database, such as the demo account.
   *
   * @throws org.opensts.domain.error.StoreUnavailableException when the database cannot be reached
   */
  public boolean neverWritten() {
    return exclusive.neverWritten();
  }

  public UserStore users() {
    return users;
  }

  public AccountStore accounts() {
    return accounts;
  }

  public RoleStore roles() {
    return roles;
  }

  public AccessKeyStore accessKeys() {
    return accessKeys;
  }

  public PolicyStore policies() {
    return policies;
  }

  public OpenIdConnectProviderStore oidcProviders() {
    return oidcProviders;
  }

  public SamlProviderStore samlProviders() {
    return samlProviders;
  }

  public MfaDeviceStore mfaDevices() {
    return mfaDevices;
  }

  public OutboundFederationStore outboundFederation() {
    return outboundFederation;
  }

  public OrganizationStore organizations() {
    return organizations;
  }

  /**
   * The session-token keys, shared by every node: a key rotated on one node opens tokens on all.
   * The first key is made at first use by whichever node comes first.
   */
  public KeyRing keyRing() {
    return keyRing;
  }

  /** The keys that sign GetWebIdentityToken's tokens, shared by every node. */
  public WebTokenSigningKeyRing webTokenKeys() {
    return webTokenKeys;
  }

  /** Stops following the database; the data source belongs to the caller. */
  @Override
  public void close() {
    sync.stop();
    syncThread.interrupt();
    try {
      syncThread.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
