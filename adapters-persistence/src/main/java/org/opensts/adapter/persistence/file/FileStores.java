package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.LongConsumer;
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
import org.opensts.domain.credential.SealingKey;
import org.opensts.domain.secret.MasterKey;
import org.opensts.domain.secret.SecretBox;

/**
 * Every store port and both key rings over one data directory: the state lives in memory, replayed
 * at open from the directory's {@link DurableLog}, and every change is on disk before it returns.
 * Close it to release the directory.
 */
public final class FileStores implements AutoCloseable {

  /**
   * @param compactEvery how many changes between two snapshots
   * @param clock dates the sealing keys
   */
  public record Options(int compactEvery, Clock clock) {

    public static final int DEFAULT_COMPACT_EVERY = 1000;

    public Options {
      if (compactEvery < 1) {
        throw new IllegalArgumentException("compactEvery must be at least 1: " + compactEvery);
      }
    }

    public static Options defaults() {
      return new Options(DEFAULT_COMPACT_EVERY, Clock.systemUTC());
    }
  }

  private final Path directory;
  private final ChangeJournal journal;
  private DurableLog log;
  private final FileAccountStore accounts;
  private final FileUserStore users;
  private final FileRoleStore roles;
  private final FileAccessKeyStore accessKeys;
  private final FilePolicyStore policies;
  private final FileOpenIdConnectProviderStore oidcProviders;
  private final FileSamlProviderStore samlProviders;
  private final FileMfaDeviceStore mfaDevices;
  private final FileKeyRing keyRing;
  private final FileOutboundFederationStore outboundFederation;
  private final FileOrganizationStore organizations;
  private final FileWebTokenSigningKeyRing webTokenKeys;
  private final Clock clock;

  private FileStores(Path directory, ChangeRecords records, Options options, SecureRandom random) {
    this.directory = directory;
    this.journal = new ChangeJournal(options.compactEvery());
    this.accounts = new FileAccountStore(journal);
    this.users = new FileUserStore(journal, records);
    this.roles = new FileRoleStore(journal, records);
    this.accessKeys = new FileAccessKeyStore(journal, records);
    this.policies = new FilePolicyStore(journal, records);
    this.oidcProviders = new FileOpenIdConnectProviderStore(journal);
    this.samlProviders = new FileSamlProviderStore(journal);
    this.mfaDevices = new FileMfaDeviceStore(journal, records);
    this.keyRing = new FileKeyRing(journal, records, random, options.clock());
    this.outboundFederation = new FileOutboundFederationStore(journal);
    this.organizations = new FileOrganizationStore(journal);
    this.webTokenKeys = new FileWebTokenSigningKeyRing(journal, records, random);
    this.clock = options.clock();
  }

  public static FileStores open(Path directory, MasterKey masterKey, PolicyDocumentParser parser) {
    return open(directory, masterKey, parser, Options.defaults());
  }

  /**
   * Opens (or creates) the data directory and replays it; a new directory gets its first sealing
   * key.
   *
   * @param parser parses the policy documents read back, which are stored as their text
   * @throws DataDirectoryException when the directory is locked or corrupt, or when the master key
   *     is not the one it was written with; nothing is written then
   */
  public static FileStores open(
      Path directory, MasterKey masterKey, PolicyDocumentParser parser, Options options) {
    return open(directory, masterKey, parser, options, null);
  }

  /** As {@link #open(Path, MasterKey, PolicyDocumentParser, Options)}; tests pass an opener. */
  static FileStores open(
      Path directory,
      MasterKey masterKey,
      PolicyDocumentParser parser,
      Options options,
      DurableLog.ChannelOpener opener) {
    SecureRandom random = new SecureRandom();
    ChangeRecords records = new ChangeRecords(new SecretBox(masterKey, random), parser);
    FileStores stores = new FileStores(directory, records, options, random);
    Replay replay = stores.new Replay();
    DurableLog log =
        opener == null
            ? DurableLog.open(directory, replay::apply)
            : DurableLog.open(directory, replay::apply, warning -> {}, opener);
    if (replay.failure != null) {
      log.close();
      throw replay.failure;
    }
    stores.journal.start(log);
    stores.log = log;
    try {
      stores.keyRing.ensureKey();
    } catch (RuntimeException e) {
      stores.close();
      throw e;
    }
    return stores;
  }

  public AccountStore accounts() {
    return accounts;
  }

  public UserStore users() {
    return users;
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

  /** The session-token keys, kept in the directory so that tokens outlive a restart. */
  public KeyRing keyRing() {
    return keyRing;
  }

  public OutboundFederationStore outboundFederation() {
    return outboundFederation;
  }

  public OrganizationStore organizations() {
    return organizations;
  }

  /**
   * The keys that sign GetWebIdentityToken's tokens, kept in the directory so that the tokens still
   * verify after a restart. Each is made at first use and durable before it signs.
   */
  public WebTokenSigningKeyRing webTokenKeys() {
    return webTokenKeys;
  }

  /**
   * Adds a new sealing key, dated by the options' clock, and makes it current. Older keys stay, so
   * that tokens sealed before still open. The server rotates through {@link KeyRing#rotate} with
   * its own clock instead.
   */
  public SealingKey rotateSealingKey() {
    return keyRing.rotate(clock.instant());
  }

  /** Writes a snapshot of every entity now, instead of after the next {@code compactEvery}. */
  public void compact() {
    journal.compact();
  }

  /** Reports the duration of every journal fsync, in nanoseconds, for metrics. */
  public void observeFsyncs(LongConsumer observer) {
    log.observeFsyncs(observer);
  }

  @Override
  public void close() {
    journal.close();
  }

  /**
   * Applies the records read back at open. The first record that cannot be applied stops the
   * replay, and {@link #open} fails with a message naming it: the directory is left as it is.
   */
  private final class Replay {

    private DataDirectoryException failure;

    void apply(JsonNode record) {
      if (failure != null) {
        return;
      }
      String identity = "";
      try {
        identity = ChangeRecords.identity(record).replace('\n', ' ');
        dispatch(record);
        journal.replayed(record);
      } catch (SecretBox.WrongKeyException e) {
        failure =
            new DataDirectoryException(
                "The master key does not open data directory "
                    + directory
                    + ": the AES-GCM tag check failed on record '"
                    + identity
                    + "'. Start with the master key (STS_MASTER_KEY or STS_MASTER_KEY_FILE) this"
                    + " directory was written with; nothing was changed.",
                e);
      } catch (RuntimeException e) {
        failure =
            new DataDirectoryException(
                "Data directory "
                    + directory
                    + ": cannot apply record '"
                    + identity
                    + "': "
                    + e.getMessage()
                    + "; nothing was changed.",
                e);
      }
    }

    private void dispatch(JsonNode record) throws SecretBox.WrongKeyException {
      switch (ChangeRecords.type(record)) {
        case ChangeRecords.ACCOUNT -> accounts.replay(record);
        case ChangeRecords.USER -> users.replay(record);
        case ChangeRecords.ROLE -> roles.replay(record);
        case ChangeRecords.ACCESS_KEY -> accessKeys.replay(record);
        case ChangeRecords.POLICY -> policies.replay(record);
        case ChangeRecords.OIDC_PROVIDER -> oidcProviders.replay(record);
        case ChangeRecords.SAML_PROVIDER -> samlProviders.replay(record);
        case ChangeRecords.MFA_DEVICE -> mfaDevices.replay(record);
        case ChangeRecords.SEALING_KEY -> keyRing.replay(record);
        case ChangeRecords.WEB_TOKEN_KEY -> webTokenKeys.replay(record);
        case ChangeRecords.OUTBOUND_FEDERATION -> outboundFederation.replay(record);
        case ChangeRecords.ORGANIZATION -> organizations.replay(record);
        default -> throw new IllegalArgumentException("unknown type " + ChangeRecords.type(record));
      }
    }
  }
}
