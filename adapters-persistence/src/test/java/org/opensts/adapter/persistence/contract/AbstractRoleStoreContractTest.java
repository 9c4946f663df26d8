package org.opensts.adapter.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestRoles;
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
}
