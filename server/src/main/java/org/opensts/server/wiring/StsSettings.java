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
}
