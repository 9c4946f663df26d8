package org.opensts.server.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The server's own settings under {@code sts.*}; see README's configuration table. */
@ConfigurationProperties("sts")
public final class StsSettings {

  private String region = "us-east-1";
  private String bootstrap = "";

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
