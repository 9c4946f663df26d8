package org.opensts.server.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.opensts.adapter.persistence.file.FileStores;
import org.opensts.adapter.persistence.memory.GeneratedKeyRing;
import org.opensts.adapter.persistence.memory.GeneratedWebTokenSigningKeyRing;
import org.opensts.adapter.persistence.memory.InMemoryAccessKeyStore;
import org.opensts.adapter.persistence.memory.InMemoryAccountStore;
import org.opensts.adapter.persistence.memory.InMemoryMfaDeviceStore;
import org.opensts.adapter.persistence.memory.InMemoryOpenIdConnectProviderStore;
import org.opensts.adapter.persistence.memory.InMemoryOrganizationStore;
import org.opensts.adapter.persistence.memory.InMemoryOutboundFederationStore;
import org.opensts.adapter.persistence.memory.InMemoryPolicyStore;
import org.opensts.adapter.persistence.memory.InMemoryRoleStore;
import org.opensts.adapter.persistence.memory.InMemorySamlProviderStore;
import org.opensts.adapter.persistence.memory.InMemoryUserStore;
import org.opensts.adapter.policyjson.JacksonPolicyDocumentParser;
import org.opensts.adapter.postgres.PostgresStores;
import org.opensts.application.port.out.AccountStore;
import org.opensts.domain.secret.MasterKey;

/**
 * Builds the stores {@code STS_STORE} names: in memory (the default), in the data directory {@code
 * STS_DATA_DIR}, or in the PostgreSQL database {@code STS_DB_URL} that several nodes share (on the
 * pool {@code datasources.default}, which exists only then); secrets encrypted under the master
 * key; closed at shutdown.
 */
@Factory
final class StoreFactory {

  static final String MEMORY = "memory";
  static final String FILE = "file";
  static final String POSTGRES = "postgres";
  static final String JOURNAL_FSYNC = "sts.store.journal.fsync";

  @Singleton
  @Bean(preDestroy = "close")
  Stores stores(
      StsSettings settings,
      StsSettings.Db db,
      Clock clock,
      MeterRegistry registry,
      BeanProvider<DataSource> dataSource) {
    String kind = settings.getStore().strip().toLowerCase(Locale.ROOT);
    if (kind.equals(MEMORY)) {
      return memory();
    }
    if (kind.equals(FILE)) {
      return file(settings, clock, registry);
    }
    if (kind.equals(POSTGRES)) {
      return postgres(settings, db, dataSource);
    }
    throw new ConfigurationException(
        "STS_STORE is '" + settings.getStore() + "'; it must be 'memory', 'file' or 'postgres'");
  }

  /** When the stores are loaded, and whether other nodes share them. */
  @Singleton
  StoreLifecycle storeLifecycle(Stores stores) {
    return stores.lifecycle();
  }

  /** The account store on its own, so that start-up seeding can skip accounts kept on disk. */
  @Singleton
  AccountStore accountStore(Stores stores) {
    return stores.accounts();
  }

  private static Stores memory() {
    return new Stores(
        new InMemoryAccountStore(),
        new InMemoryUserStore(),
        new InMemoryRoleStore(),
        new InMemoryAccessKeyStore(),
        new InMemoryPolicyStore(),
        new InMemoryOpenIdConnectProviderStore(),
        new InMemorySamlProviderStore(),
        new InMemoryMfaDeviceStore(),
        new InMemoryOutboundFederationStore(),
        new InMemoryOrganizationStore(),
        new GeneratedWebTokenSigningKeyRing(new SecureRandom()),
        new GeneratedKeyRing(new SecureRandom()),
        StoreLifecycle.LOCAL,
        () -> {});
  }

  private static Stores file(StsSettings settings, Clock clock, MeterRegistry registry) {
    FileStores files =
        FileStores.open(
            Path.of(settings.getDataDir()),
            masterKey(settings),
            new JacksonPolicyDocumentParser(),
            new FileStores.Options(settings.getCompactEvery(), java.time.Clock.systemUTC()));
    Timer fsyncs =
        Timer.builder(JOURNAL_FSYNC)
            .description("Journal fsyncs of the file store (one per group-committed batch)")
            .publishPercentileHistogram()
            .register(registry);
    files.observeFsyncs(nanos -> fsyncs.record(nanos, TimeUnit.NANOSECONDS));
    return new Stores(
        files.accounts(),
        files.users(),
        files.roles(),
        files.accessKeys(),
        files.policies(),
        files.oidcProviders(),
        files.samlProviders(),
        files.mfaDevices(),
        files.outboundFederation(),
        files.organizations(),
        files.webTokenKeys(),
        files.keyRing(),
        StoreLifecycle.LOCAL,
        files::close);
  }

  /** On the pool {@code datasources.default}, which its own factory closes at shutdown. */
  private static Stores postgres(
      StsSettings settings, StsSettings.Db db, BeanProvider<DataSource> dataSource) {
    // Checked here too, for a context started without the postgres environment and so without
    // the pool whose creation checks them.
    PostgresPoolSettings.check(db);
    if (!dataSource.isPresent()) {
      throw new ConfigurationException(
          "STS_STORE=postgres needs the Micronaut environment 'postgres' (StsServer adds it when"
              + " STS_STORE=postgres), which configures the pool");
    }
    PostgresStores shared =
        PostgresStores.start(
            dataSource.get(),
            masterKey(settings),
            new JacksonPolicyDocumentParser(),
            PostgresStores.Options.defaults());
    SharedStoreLifecycle lifecycle = new SharedStoreLifecycle(shared);
    return new Stores(
        shared.accounts(),
        shared.users(),
        shared.roles(),
        shared.accessKeys(),
        shared.policies(),
        shared.oidcProviders(),
        shared.samlProviders(),
        shared.mfaDevices(),
        shared.outboundFederation(),
        shared.organizations(),
        shared.webTokenKeys(),
        shared.keyRing(),
        lifecycle,
        () -> {
          lifecycle.close();
          shared.close();
        });
  }

  private static MasterKey masterKey(StsSettings settings) {
    boolean inline = !settings.getMasterKey().isBlank();
    boolean inFile = !settings.getMasterKeyFile().isBlank();
    if (inline && inFile) {
      throw new ConfigurationException("Set STS_MASTER_KEY or STS_MASTER_KEY_FILE, not both");
    }
    if (inline) {
      return MasterKey.fromBase64(settings.getMasterKey());
    }
    if (inFile) {
      return MasterKey.readFrom(Path.of(settings.getMasterKeyFile()));
    }
    // A setting to fix: StsServer shows the message alone, without a stack trace.
    throw new ConfigurationException(
        "STS_STORE="
            + settings.getStore().strip()
            + " encrypts secrets at rest and needs a master key: set STS_MASTER_KEY to the"
            + " base64 of 32 random bytes, or STS_MASTER_KEY_FILE to a file holding it. Generate"
            + " one with: head -c 32 /dev/urandom | base64");
  }
}
