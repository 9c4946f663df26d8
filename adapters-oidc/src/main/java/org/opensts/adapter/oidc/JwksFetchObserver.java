package org.opensts.adapter.oidc;

/** Told of every fetch of an issuer's keys, so that operators can count and alert on them. */
@FunctionalInterface
public interface JwksFetchObserver {

  JwksFetchObserver NONE = succeeded -> {};

  /**
   * @param succeeded false when the discovery document or the JWKS could not be fetched or read
   */
  void fetched(boolean succeeded);
}
