package org.opensts.adapter.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.organization.Organization;
import org.opensts.domain.organization.OrganizationFeature;
import org.opensts.domain.webtoken.OutboundFederation;

/**
 * What every store of outbound federation settings and of organizations must do; each
 * implementation supplies only the factories.
 */
public abstract class AbstractOutboundFederationAndOrganizationStoresContractTest {

  protected static final String ISSUER = "0f8e2c44-4bb2-4e0e-9f1c-0d6c3b1a7e21";
  protected static final String OTHER_ISSUER = "6a1d3f0e-2b7c-4d5e-8f90-a1b2c3d4e5f6";
  protected static final AccountId GAMMA = AccountId.of("333333333333");
  protected static final AccountId DELTA = AccountId.of("444444444444");

  protected abstract OutboundFederationStore newFederationStore();

  protected abstract OrganizationStore newOrganizationStore();

  protected static Organization organization(
      String id, AccountId manager, Set<AccountId> members, OrganizationFeature... features) {
    return new Organization(id, manager, members, Set.of(features));
  }

  @Test
  void givenSavedFederation_find_answersByAccountAndByIssuerId() {
    OutboundFederationStore store = newFederationStore();
    OutboundFederation alpha = new OutboundFederation(TestAccounts.ALPHA, ISSUER, true);

    store.save(alpha);

    assertEquals(Optional.of(alpha), store.find(TestAccounts.ALPHA));
    assertEquals(Optional.of(alpha), store.findByIssuerId(ISSUER));
    assertTrue(store.find(TestAccounts.BETA).isEmpty());
    assertTrue(store.findByIssuerId(OTHER_ISSUER).isEmpty());
  }

  @Test
  void givenSavedFederation_saveAgain_keepsOneEntryPerAccount() {
    OutboundFederationStore store = newFederationStore();
    OutboundFederation enabled = new OutboundFederation(TestAccounts.ALPHA, ISSUER, true);
    store.save(enabled);

    store.save(enabled.withEnabled(false));
    store.save(new OutboundFederation(TestAccounts.ALPHA, OTHER_ISSUER, true));

    assertEquals(OTHER_ISSUER, store.find(TestAccounts.ALPHA).orElseThrow().issuerId());
    assertTrue(store.findByIssuerId(ISSUER).isEmpty());
    assertEquals(TestAccounts.ALPHA, store.findByIssuerId(OTHER_ISSUER).orElseThrow().account());
  }

  @Test
  void givenDisabledFederation_findByIssuerId_stillFindsIt() {
    OutboundFederationStore store = newFederationStore();

    store.save(new OutboundFederation(TestAccounts.ALPHA, ISSUER, false));

    assertEquals(false, store.findByIssuerId(ISSUER).orElseThrow().enabled());
  }

  @Test
  void givenIssuerIdOfAnotherAccount_save_isRefusedAndChangesNothing() {
    OutboundFederationStore store = newFederationStore();
    OutboundFederation alpha = new OutboundFederation(TestAccounts.ALPHA, ISSUER, true);
    store.save(alpha);

    assertThrows(
        IllegalArgumentException.class,
        () -> store.save(new OutboundFederation(TestAccounts.BETA, ISSUER, true)));

    assertEquals(Optional.of(alpha), store.findByIssuerId(ISSUER));
    assertTrue(store.find(TestAccounts.BETA).isEmpty());
  }

  @Test
  void givenOrganization_ofAccount_findsItForTheManagerAndEachMember() {
    OrganizationStore store = newOrganizationStore();
    Organization organization =
        organization(
            "o-abcdefghij",
            TestAccounts.ALPHA,
            Set.of(TestAccounts.BETA, GAMMA),
            OrganizationFeature.ROOT_SESSIONS);

    store.save(organization);

    for (AccountId account : List.of(TestAccounts.ALPHA, TestAccounts.BETA, GAMMA)) {
      assertEquals(Optional.of(organization), store.ofAccount(account), account.value());
    }
    assertTrue(store.ofAccount(DELTA).isEmpty());
  }

  @Test
  void givenOrganizations_all_listsEachOnceByIdWithItsLatestVersion() {
    OrganizationStore store = newOrganizationStore();
    Organization second = organization("o-zzzzzzzzzz", GAMMA, Set.of());
    Organization first = organization("o-aaaaaaaaaa", TestAccounts.ALPHA, Set.of());
    store.save(second);
    store.save(first);

    Organization changed = first.withFeature(OrganizationFeature.ROOT_CREDENTIALS_MANAGEMENT, true);
    store.save(changed);

    assertEquals(List.of(changed, second), store.all());
  }

  @Test
  void givenAccountOfOneOrganization_saveOfAnotherClaimingIt_isRefusedAndStoresNothing() {
    OrganizationStore store = newOrganizationStore();
    Organization first =
        organization("o-aaaaaaaaaa", TestAccounts.ALPHA, Set.of(TestAccounts.BETA));
    store.save(first);

    assertThrows(
        IllegalArgumentException.class,
        () -> store.save(organization("o-bbbbbbbbbb", GAMMA, Set.of(TestAccounts.BETA))));
    assertThrows(
        IllegalArgumentException.class,
        () -> store.save(organization("o-cccccccccc", TestAccounts.ALPHA, Set.of(DELTA))));

    assertEquals(List.of(first), store.all());
    assertTrue(store.ofAccount(GAMMA).isEmpty());
    assertTrue(store.ofAccount(DELTA).isEmpty());
  }

  @Test
  void givenOrganization_saveWithAMemberMoved_releasesTheAccountForAnother() {
    OrganizationStore store = newOrganizationStore();
    Organization first =
        organization("o-aaaaaaaaaa", TestAccounts.ALPHA, Set.of(TestAccounts.BETA));
    store.save(first);

    store.save(organization("o-aaaaaaaaaa", TestAccounts.ALPHA, Set.of()));
    Organization second = organization("o-bbbbbbbbbb", GAMMA, Set.of(TestAccounts.BETA));
    store.save(second);

    assertEquals(Optional.of(second), store.ofAccount(TestAccounts.BETA));
  }
}
