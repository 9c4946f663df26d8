package org.opensts.domain.organization;

import java.util.Optional;

/** The centralized root access features, as IAM's {@code FeatureType} names them. */
public enum OrganizationFeature {
  ROOT_CREDENTIALS_MANAGEMENT("RootCredentialsManagement"),
  ROOT_SESSIONS("RootSessions");

  private final String wireName;

  OrganizationFeature(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<OrganizationFeature> named(String name) {
    for (OrganizationFeature feature : values()) {
      if (feature.wireName.equals(name)) {
        return Optional.of(feature);
      }
    }
    return Optional.empty();
  }
}
