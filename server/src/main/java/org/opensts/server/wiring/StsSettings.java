package org.opensts.server.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The server's own settings under {@code sts.*}; see README's configuration table. */
@ConfigurationProperties("sts")
public final class StsSettings {

  private String region = "us-east-1";
  private String bootstrap = "";
  private String store = "memory";
  private String dataDir = "./data";
  private String masterKey = "";
  private String masterKeyFile = "";
  private int compactEvery = 1000;
  private String keyRotationPeriod = "";

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  /** Path of the bootstrap file; empty for the demo account. */
  public String getBootstrap() {
    return bootstrap;
  }

  public void setBootstrap(String bootstrap) {
    this.bootstrap = bootstrap == null ? "" : bootstrap;
  }

  /**
   * {@code memory} (the default: lost at shutdown) or {@code file} (kept in {@link #getDataDir}).
   */
  public String getStore() {
    return store;
  }

  public void setStore(String store) {
    this.store = store == null || store.isBlank() ? "memory" : store;
  }

  /** The data directory of the file store; one server process at a time. */
  public String getDataDir() {
    return dataDir;
  }

  public void setDataDir(String dataDir) {
    this.dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir;
  }

  /** The file store's master key, base64 of 32 bytes; empty when {@link #getMasterKeyFile} is. */
  public String getMasterKey() {
    return masterKey;
  }

  public void setMasterKey(String masterKey) {
    this.masterKey = masterKey == null ? "" : masterKey;
  }

  /** A file holding the master key in base64, such as a mounted secret. */
  public String getMasterKeyFile() {
    return masterKeyFile;
  }

  public void setMasterKeyFile(String masterKeyFile) {
    this.masterKeyFile = masterKeyFile == null ? "" : masterKeyFile;
  }

  /** How many changes the file store journals between two snapshots. */
  public int getCompactEvery() {
    return compactEvery;
  }

  public void setCompactEvery(int compactEvery) {
    this.compactEvery = compactEvery;
  }

  /**
   * How often the session-token sealing key is rotated ({@code STS_KEY_ROTATION_PERIOD}): an
   * ISO-8601 duration such as {@code P30D} or a number with a unit such as {@code 30d}; empty or
   * {@code 0} for never.
   */
  public String getKeyRotationPeriod() {
    return keyRotationPeriod;
  }

  public void setKeyRotationPeriod(String keyRotationPeriod) {
    this.keyRotationPeriod = keyRotationPeriod == null ? "" : keyRotationPeriod;
  }

  /** The OpenID Connect settings under {@code sts.oidc.*}. */
  @ConfigurationProperties("oidc")
  public static final class Oidc {

    private boolean allowHttpLoopback;

    /**
     * Whether OIDC providers may be local ones, {@code http://} on a loopback host with a port
     * ({@code STS_OIDC_ALLOW_HTTP_LOOPBACK}); for development and tests, never in production.
     */
    public boolean isAllowHttpLoopback() {
      return allowHttpLoopback;
    }

    public void setAllowHttpLoopback(boolean allowHttpLoopback) {
      this.allowHttpLoopback = allowHttpLoopback;
    }
  }
}
