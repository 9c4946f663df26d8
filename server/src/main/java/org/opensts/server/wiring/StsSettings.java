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
   * {@code memory} (the default: lost at shutdown), {@code file} (kept in {@link #getDataDir}) or
   * {@code postgres} (a database several nodes share, {@link Db}).
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

  /**
   * The PostgreSQL store's settings under {@code sts.db.*} ({@code STS_STORE=postgres}); the pool
   * {@code datasources.default} is made of them, see {@code application-postgres.yml}.
   */
  @ConfigurationProperties("db")
  public static final class Db {

    private String url = "";
    private String user = "";
    private String password = "";
    private String passwordFile = "";
    private int poolSize = 10;

    /** {@code STS_DB_URL}: {@code jdbc:postgresql://host:port/database}. */
    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url == null ? "" : url.strip();
    }

    /** {@code STS_DB_USER}. */
    public String getUser() {
      return user;
    }

    public void setUser(String user) {
      this.user = user == null ? "" : user;
    }

    /** {@code STS_DB_PASSWORD}; empty when {@link #getPasswordFile} is. */
    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password == null ? "" : password;
    }

    /** {@code STS_DB_PASSWORD_FILE}: a file holding the password, such as a mounted secret. */
    public String getPasswordFile() {
      return passwordFile;
    }

    public void setPasswordFile(String passwordFile) {
      this.passwordFile = passwordFile == null ? "" : passwordFile;
    }

    /** {@code STS_DB_POOL_SIZE}: connections of this node's pool. */
    public int getPoolSize() {
      return poolSize;
    }

    public void setPoolSize(int poolSize) {
      this.poolSize = poolSize;
    }
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
