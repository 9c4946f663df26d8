package org.opensts.adapter.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.domain.credential.Base32;
import org.opensts.domain.credential.Totp;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.iam.SamlProvider;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.IamPath;

/**
 * What every store of OIDC providers, SAML providers and virtual MFA devices must do; each
 * implementation supplies only the factories.
 */
public abstract class AbstractProviderAndMfaStoresContractTest {

  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  protected abstract OpenIdConnectProviderStore newOidcStore();

  protected abstract SamlProviderStore newSamlStore();

  protected abstract MfaDeviceStore newMfaStore();

  private static OpenIdConnectProvider oidc(String url) {
    return new OpenIdConnectProvider(
        TestAccounts.ALPHA, url, List.of("sts.amazonaws.com"), List.of(), List.of(), NOW);
  }

  private static VirtualMfaDevice device(String name) {
    return VirtualMfaDevice.create(
        TestAccounts.ALPHA, IamPath.ROOT, name, "JBSWY3DPEHPK3PXP", List.of());
  }

  @Test
  void givenProviderForUrl_add_refusesTheSameUrlButNotAnotherAccount() {
    OpenIdConnectProviderStore store = newOidcStore();
    OpenIdConnectProvider first = oidc("idp.example.com");

    assertTrue(store.add(first));
    assertFalse(store.add(oidc("idp.example.com")));
    assertTrue(
        store.add(
            new OpenIdConnectProvider(
                TestAccounts.BETA, "idp.example.com", List.of(), List.of(), List.of(), NOW)));
    assertEquals(first, store.find(TestAccounts.ALPHA, "idp.example.com").orElseThrow());
    assertEquals(1, store.list(TestAccounts.ALPHA).size());
  }

  @Test
  void givenDeletedProvider_find_returnsNothing() {
    OpenIdConnectProviderStore store = newOidcStore();
    store.add(oidc("idp.example.com"));

    store.delete(TestAccounts.ALPHA, "idp.example.com");

    assertTrue(store.find(TestAccounts.ALPHA, "idp.example.com").isEmpty());
  }

  @Test
  void givenSamlProviderOfTheSameName_add_refusesAndKeepsTheFirst() {
    SamlProviderStore store = newSamlStore();
    SamlProvider first =
        new SamlProvider(
            TestAccounts.ALPHA, "corp", "<md/>", "urn:idp", List.of("MII"), NOW, NOW, List.of());

    assertTrue(store.add(first));
    assertFalse(store.add(first));
    assertEquals(first, store.find(TestAccounts.ALPHA, "corp").orElseThrow());
    store.delete(TestAccounts.ALPHA, "corp");
    assertTrue(store.list(TestAccounts.ALPHA).isEmpty());
  }

  @Test
  void givenDevice_update_replacesItAndAFailingChangeLeavesItAlone() {
    MfaDeviceStore store = newMfaStore();
    VirtualMfaDevice device = device("alice-phone");
    String serial = device.serialNumber().toString();
    assertTrue(store.add(device));
    assertFalse(store.add(device("alice-phone")));

    VirtualMfaDevice enabled =
        store.update(TestAccounts.ALPHA, serial, d -> d.enabledFor("alice", NOW)).orElseThrow();
    assertThrows(
        IllegalStateException.class,
        () ->
            store.update(
                TestAccounts.ALPHA,
                serial,
                d -> {
                  throw new IllegalStateException("refused");
                }));

    assertEquals(enabled, store.find(TestAccounts.ALPHA, serial).orElseThrow());
    assertTrue(store.update(TestAccounts.ALPHA, serial + "x", d -> d).isEmpty());
  }

  @Test
  void givenCodeAcceptedInAnUpdate_find_returnsTheDeviceWithItsLastAcceptedStep() {
    MfaDeviceStore store = newMfaStore();
    VirtualMfaDevice device = device("alice-phone");
    String serial = device.serialNumber().toString();
    store.add(device.enabledFor("alice", NOW));
    String code = Totp.code(Base32.decode(device.seed()), Totp.stepAt(NOW));

    store
        .update(TestAccounts.ALPHA, serial, d -> d.acceptingCode(NOW, code).orElseThrow())
        .orElseThrow();

    assertEquals(
        Totp.stepAt(NOW), store.find(TestAccounts.ALPHA, serial).orElseThrow().lastAcceptedStep());
  }

  @Test
  void givenConcurrentEnables_update_letsExactlyOneSucceed() throws Exception {
    MfaDeviceStore store = newMfaStore();
    VirtualMfaDevice device = device("shared-phone");
    String serial = device.serialNumber().toString();
    store.add(device);
    List<Callable<Optional<VirtualMfaDevice>>> enables = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String user = "user" + i;
      enables.add(
          () ->
              store.update(
                  TestAccounts.ALPHA,
                  serial,
                  d -> {
                    if (d.isEnabled()) {
                      throw new IllegalStateException("enabled already");
                    }
                    return d.enabledFor(user, NOW);
                  }));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    int enabled = 0;
    try {
      for (Future<Optional<VirtualMfaDevice>> result : pool.invokeAll(enables)) {
        try {
          enabled += result.get().isPresent() ? 1 : 0;
        } catch (ExecutionException e) {
          assertTrue(e.getCause() instanceof IllegalStateException);
        }
      }
    } finally {
      pool.shutdown();
    }

    assertEquals(1, enabled);
    assertTrue(store.find(TestAccounts.ALPHA, serial).orElseThrow().isEnabled());
  }
}
