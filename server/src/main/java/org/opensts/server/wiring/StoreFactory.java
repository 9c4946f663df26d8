package org.opensts.server.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
import org.opensts.application.port.out.AccountStore;
import org.opensts.domain.secret.MasterKey;

/**
 * Builds the stores {@code STS_STORE} names: in memory (the default), or in the data directory
 * {@code STS_DATA_DIR}, with secrets encrypted under the master key, closed at shutdown.
 */
@Factory
final class StoreFactory {

  static final String MEMORY = "memory";
  static final String FILE = "file";
  static final String JOURNAL_FSYNC = "sts.store.journal.fsync";

  @Singleton
  @Bean(preDestroy = "close")
  Stores stores(StsSettings settings, Clock clock, MeterRegistry registry) {
    String kind = settings.getStore().strip().toLowerCase(Locale.ROOT);
    if (kind.equals(MEMORY)) {
      return memory();
    }
    if (kind.equals(FILE)) {
      return file(settings, clock, registry);
    }
    throw new IllegalStateException(
        "STS_STORE is '" + settings.getStore() + "'; it must be 'memory' or 'file'");
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
        files::close);
  }

  private static MasterKey masterKey(StsSettings settings) {
    boolean inline = !settings.getMasterKey().isBlank();
    boolean inFile = !settings.getMasterKeyFile().isBlank();
    if (inline && inFile) {
      throw new IllegalStateException("Set STS_MASTER_KEY or STS_MASTER_KEY_FILE, not both");
    }
    if (inline) {
      return MasterKey.fromBase64(settings.getMasterKey());
    }
    if (inFile) {
      return MasterKey.readFrom(Path.of(settings.getMasterKeyFile()));
    }
    throw new IllegalStateException(
        "STS_STORE=file encrypts secrets at rest and needs a master key: set STS_MASTER_KEY to the"
            + " base64 of 32 random bytes, or STS_MASTER_KEY_FILE to a file holding it. Generate"
            + " one with: head -c 32 /dev/urandom | base64");
  }
}
