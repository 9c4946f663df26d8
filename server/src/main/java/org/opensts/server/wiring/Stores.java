package org.opensts.server.wiring;

import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.application.port.out.AccountStore;
import org.opensts.application.port.out.KeyRing;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.application.port.out.RoleStore;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.application.port.out.WebTokenSigningKeyRing;

/**
 * The store ports and key ring every use case runs on, of the kind {@code STS_STORE} chose, and
 * what to close at shutdown.
 */
record Stores(
    AccountStore accounts,
    UserStore users,
    RoleStore roles,
    AccessKeyStore accessKeys,
    PolicyStore policies,
    OpenIdConnectProviderStore oidcProviders,
    SamlProviderStore samlProviders,
    MfaDeviceStore mfaDevices,
    OutboundFederationStore outboundFederation,
    OrganizationStore organizations,
    WebTokenSigningKeyRing webTokenKeys,
    KeyRing keyRing,
    StoreLifecycle lifecycle,
    Runnable onClose) {

  void close() {
    onClose.run();
  }
}
