package org.opensts.adapter.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;

/** What every RoleStore must do; each implementation supplies only the factory. */
public abstract class AbstractRoleStoreContractTest {

  protected abstract RoleStore newStore();

  @Test
  void givenSavedRole_find_returnsItByAnyCaseOfItsName() {
    RoleStore store = newStore();
    Role role = TestRoles.aRole();
    store.save(role);

    assertEquals(role, store.find(role.account(), "DEPLOYER").orElseThrow());
  }

  @Test
  void givenRoleInAnotherAccount_find_returnsNothing() {
    RoleStore store = newStore();
    store.save(TestRoles.aRole());

    assertTrue(store.find(TestAccounts.BETA, "deployer").isEmpty());
  }

  @Test
  void givenSavedRole_saveWithSameName_replacesIt() {
    RoleStore store = newStore();
    Role role = TestRoles.aRole();
    store.save(role);
    Role longer = TestRoles.withMaxSessionDuration(role, Duration.ofHours(4));

    store.save(longer);

    assertEquals(
        Duration.ofHours(4),
        store.find(role.account(), "deployer").orElseThrow().maxSessionDuration());
  }

  @Test
  void givenRolesInTwoAccounts_list_returnsOnlyTheAccountsRoles() {
    RoleStore store = newStore();
    Role deployer = TestRoles.aRole();
    Role auditor = TestRoles.aRole(TestAccounts.ALPHA, "auditor", deployer.trustPolicy());
    store.save(deployer);
    store.save(auditor);
    store.save(TestRoles.aRole(TestAccounts.BETA, "deployer", deployer.trustPolicy()));

    assertEquals(Set.of(deployer, auditor), Set.copyOf(store.list(TestAccounts.ALPHA)));
  }

  @Test
  void givenNoRoles_list_returnsAnEmptyList() {
    assertTrue(newStore().list(TestAccounts.ALPHA).isEmpty());
  }

  @Test
  void givenSavedRole_deleteByAnyCaseOfItsName_removesOnlyIt() {
    RoleStore store = newStore();
    Role deployer = TestRoles.aRole();
    Role other = TestRoles.aRole(TestAccounts.BETA, "deployer", deployer.trustPolicy());
    store.save(deployer);
    store.save(other);

    store.delete(TestAccounts.ALPHA, "Deployer");

    assertTrue(store.find(TestAccounts.ALPHA, "deployer").isEmpty());
    assertEquals(other, store.find(TestAccounts.BETA, "deployer").orElseThrow());
  }

  @Test
  void givenNoSuchRole_delete_doesNothing() {
    RoleStore store = newStore();
    store.save(TestRoles.aRole());

    store.delete(TestAccounts.ALPHA, "nobody");

    assertEquals(1, store.list(TestAccounts.ALPHA).size());
  }

  @Test
  void givenRoleWithDescriptionAndBoundary_find_returnsThemUnchanged() {
    RoleStore store = newStore();
    Role role =
        TestRoles.aRole()
            .withDescription("Deploys")
            .withPermissionsBoundary(
                PermissionsBoundary.policy("arn:aws:iam::aws:policy/PowerUserAccess"));
    store.save(role);

    assertEquals(role, store.find(role.account(), "deployer").orElseThrow());
  }
}
