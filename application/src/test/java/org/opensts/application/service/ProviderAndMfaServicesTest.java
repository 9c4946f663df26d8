package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.CreateOpenIdConnectProviderCommand;
import org.opensts.application.port.in.iam.CreateSamlProviderCommand;
import org.opensts.application.port.in.iam.CreateVirtualMfaDeviceCommand;
import org.opensts.application.port.in.iam.DeleteOpenIdConnectProviderCommand;
import org.opensts.application.port.in.iam.DeleteVirtualMfaDeviceCommand;
import org.opensts.application.port.in.iam.EnableMfaDeviceCommand;
import org.opensts.application.port.in.iam.GetOpenIdConnectProviderCommand;
import org.opensts.application.port.in.iam.GetSamlProviderCommand;
import org.opensts.application.port.in.iam.ListMfaDevicesCommand;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.SamlMetadataParser;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Base32;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.Totp;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.iam.SamlProvider;
import org.opensts.domain.iam.VirtualMfaDevice;

/** The OIDC provider, SAML provider and virtual MFA device services over map-backed ports. */
class ProviderAndMfaServicesTest {

  private static final Clock CLOCK = TestClocks.fixed();
  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final Caller ALICE = TestCallers.withLongTermKey(TestPrincipals.alice());
  private static final String OIDC_ARN = "arn:aws:iam::111111111111:oidc-provider/idp.example.com";

  private final TestPorts ports = new TestPorts();
  private final Oidc oidc = new Oidc();
  private final Saml saml = new Saml();
  private final TestPorts.Devices devices = ports.mfaDevices;
  private final StsUseCases.ProviderAndMfaUseCases useCases =
      StsUseCases.ProviderAndMfaUseCases.create(
          ports.useCases(CLOCK),
          new StsUseCases.ProviderAndMfaUseCases.Ports(oidc, saml, new FixedParser()),
          CLOCK,
          new SplittableRandom(3));

  // --- OpenID Connect -------------------------------------------------------------------------

  @Test
  void givenNewUrl_createOpenIdConnectProvider_storesItWithoutSchemeAndDuplicateClientIds() {
    OpenIdConnectProvider provider =
        useCases
            .createOpenIdConnectProvider()
            .createOpenIdConnectProvider(
                new CreateOpenIdConnectProviderCommand(
                    ROOT, "https://idp.example.com", List.of("a", "a", "b"), List.of(), List.of()))
            .provider();

    assertEquals(OIDC_ARN, provider.arn().toString());
    assertEquals(List.of("a", "b"), provider.clientIds());
    assertEquals(TestClocks.NOW, provider.createDate());
    assertTrue(oidc.find(TestAccounts.ALPHA, "idp.example.com").isPresent());
  }

  @Test
  void givenExistingUrl_createOpenIdConnectProvider_failsWithEntityAlreadyExists() {
    createOidc();

    EntityException e = assertThrows(EntityException.class, this::createOidc);

    assertEquals("Provider with url https://idp.example.com already exists.", e.getMessage());
  }

  @Test
  void givenUserWithoutPolicy_getOpenIdConnectProvider_isDeniedBeforeAbsenceIsRevealed() {
    assertThrows(
        AccessDeniedException.class,
        () ->
            useCases
                .getOpenIdConnectProvider()
                .getOpenIdConnectProvider(new GetOpenIdConnectProviderCommand(ALICE, OIDC_ARN)));
  }

  @Test
  void givenDeletedProvider_getOpenIdConnectProvider_failsWithNoSuchEntity() {
    createOidc();
    useCases
        .deleteOpenIdConnectProvider()
        .deleteOpenIdConnectProvider(new DeleteOpenIdConnectProviderCommand(ROOT, OIDC_ARN));

    EntityException e =
        assertThrows(
            EntityException.class,
            () ->
                useCases
                    .getOpenIdConnectProvider()
                    .getOpenIdConnectProvider(new GetOpenIdConnectProviderCommand(ROOT, OIDC_ARN)));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, e.code());
  }

  // --- SAML -----------------------------------------------------------------------------------

  @Test
  void givenMetadata_createSamlProvider_keepsTheParsedEntityIdAndDefaultValidity() {
    SamlProvider provider =
        useCases
            .createSamlProvider()
            .createSamlProvider(
                new CreateSamlProviderCommand(ROOT, "x".repeat(1000), "corp", List.of()))
            .provider();

    assertEquals("urn:idp", provider.entityId());
    assertEquals(
        TestClocks.NOW.plus(CreateSamlProviderService.DEFAULT_VALIDITY), provider.validUntil());
    assertEquals(
        provider,
        useCases
            .getSamlProvider()
            .getSamlProvider(new GetSamlProviderCommand(ROOT, provider.arn().toString()))
            .provider());
  }

  @Test
  void givenUserWithoutPolicy_createSamlProvider_isDeniedBeforeTheDocumentIsParsed() {
    assertThrows(
        AccessDeniedException.class,
        () ->
            useCases
                .createSamlProvider()
                .createSamlProvider(
                    new CreateSamlProviderCommand(ALICE, "x".repeat(1000), "corp", List.of())));
    assertTrue(saml.list(TestAccounts.ALPHA).isEmpty());
  }

  // --- MFA ------------------------------------------------------------------------------------

  @Test
  void givenTwoConsecutiveCodes_enableMfaDevice_assignsTheDeviceAtTheClocksInstant() {
    ports.users.save(TestUsers.aUser());
    VirtualMfaDevice device = createDevice("alice-phone");
    byte[] secret = Base32.decode(device.seed());
    long step = Totp.stepAt(TestClocks.NOW);

    enable(device, Totp.code(secret, step), Totp.code(secret, step + 1));

    VirtualMfaDevice enabled =
        devices.find(TestAccounts.ALPHA, device.serialNumber().toString()).orElseThrow();
    assertEquals(Optional.of("alice"), enabled.userName());
    assertEquals(TestClocks.NOW, enabled.assignment().enableDate());
    assertEquals(
        List.of(enabled),
        useCases
            .listMfaDevices()
            .listMfaDevices(new ListMfaDevicesCommand(ROOT, "alice", null, null))
            .devices());
  }

  @Test
  void givenTwoConsecutiveCodes_enableMfaDevice_spendsThemSoNeitherSignsInLater() {
    ports.users.save(TestUsers.aUser());
    VirtualMfaDevice device = createDevice("alice-phone");
    byte[] secret = Base32.decode(device.seed());
    long step = Totp.stepAt(TestClocks.NOW);

    enable(device, Totp.code(secret, step), Totp.code(secret, step + 1));

    VirtualMfaDevice enabled =
        devices.find(TestAccounts.ALPHA, device.serialNumber().toString()).orElseThrow();
    assertEquals(step + 1, enabled.lastAcceptedStep());
    assertTrue(enabled.acceptingCode(TestClocks.NOW, Totp.code(secret, step + 1)).isEmpty());
  }

  @Test
  void givenWrongCodes_enableMfaDevice_failsWithInvalidAuthenticationCodeAndChangesNothing() {
    ports.users.save(TestUsers.aUser());
    VirtualMfaDevice device = createDevice("alice-phone");

    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> enable(device, "000000", "000000"));

    assertEquals(ErrorCode.INVALID_AUTHENTICATION_CODE, e.code());
    assertEquals("Authentication code for device is not valid.", e.getMessage());
    assertFalse(
        devices.find(TestAccounts.ALPHA, device.serialNumber().toString()).get().isEnabled());
  }

  @Test
  void givenEnabledDevice_deleteVirtualMfaDevice_failsWithDeleteConflict() {
    ports.users.save(TestUsers.aUser());
    VirtualMfaDevice device = createDevice("alice-phone");
    byte[] secret = Base32.decode(device.seed());
    long step = Totp.stepAt(TestClocks.NOW);
    enable(device, Totp.code(secret, step - 1), Totp.code(secret, step));

    EntityException e =
        assertThrows(
            EntityException.class,
            () ->
                useCases
                    .deleteVirtualMfaDevice()
                    .deleteVirtualMfaDevice(
                        new DeleteVirtualMfaDeviceCommand(ROOT, device.serialNumber().toString())));

    assertEquals(ErrorCode.DELETE_CONFLICT, e.code());
  }

  @Test
  void givenNewDevice_createVirtualMfaDevice_makesA160BitSeed() {
    assertEquals(VirtualMfaDevice.SEED_BYTES, Base32.decode(createDevice("d").seed()).length);
  }

  private void createOidc() {
    useCases
        .createOpenIdConnectProvider()
        .createOpenIdConnectProvider(
            new CreateOpenIdConnectProviderCommand(
                ROOT, "https://idp.example.com", List.of(), List.of(), List.of()));
  }

  private VirtualMfaDevice createDevice(String name) {
    return useCases
        .createVirtualMfaDevice()
        .createVirtualMfaDevice(new CreateVirtualMfaDeviceCommand(ROOT, name, null, List.of()))
        .device();
  }

  private void enable(VirtualMfaDevice device, String first, String second) {
    useCases
        .enableMfaDevice()
        .enableMfaDevice(
            new EnableMfaDeviceCommand(
                ROOT, "alice", device.serialNumber().toString(), first, second));
  }

  private static final class FixedParser implements SamlMetadataParser {
    @Override
    public SamlMetadata parse(String document) {
      return new SamlMetadata("urn:idp", List.of("MIIB"), Optional.empty());
    }
  }

  private static final class Oidc implements OpenIdConnectProviderStore {
    final Map<String, OpenIdConnectProvider> byKey = new HashMap<>();

    @Override
    public boolean add(OpenIdConnectProvider provider) {
      return byKey.putIfAbsent(provider.arn().toString(), provider) == null;
    }

    @Override
    public Optional<OpenIdConnectProvider> find(AccountId account, String url) {
      return Optional.ofNullable(byKey.get(OpenIdConnectProvider.arnOf(account, url).toString()));
    }

    @Override
    public List<OpenIdConnectProvider> list(AccountId account) {
      return new ArrayList<>(byKey.values());
    }

    @Override
    public void delete(AccountId account, String url) {
      byKey.remove(OpenIdConnectProvider.arnOf(account, url).toString());
    }
  }

  private static final class Saml implements SamlProviderStore {
    final Map<String, SamlProvider> byKey = new HashMap<>();

    @Override
    public boolean add(SamlProvider provider) {
      return byKey.putIfAbsent(provider.arn().toString(), provider) == null;
    }

    @Override
    public Optional<SamlProvider> find(AccountId account, String name) {
      return Optional.ofNullable(byKey.get(SamlProvider.arnOf(account, name).toString()));
    }

    @Override
    public List<SamlProvider> list(AccountId account) {
      return new ArrayList<>(byKey.values());
    }

    @Override
    public void delete(AccountId account, String name) {
      byKey.remove(SamlProvider.arnOf(account, name).toString());
    }
  }
}
