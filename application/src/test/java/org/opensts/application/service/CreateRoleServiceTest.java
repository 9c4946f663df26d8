package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.CreateRoleCommand;
import org.opensts.application.port.in.iam.CreateRoleUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.MalformedPolicyDocumentException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.PolicyDocument;

/**
 * CreateRole: a new role with a fresh AROA id, AWS's defaults, a parsed trust policy; the name
 * unique in any case; authorized on the new role's ARN.
 */
class CreateRoleServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final CreateRoleUseCase useCase = ports.useCases(TestClocks.fixed()).createRole();
  private final PolicyDocument trust = TestPolicies.trusting("111111111111");
  private final String trustText = ports.policyParser.define("trust-json", trust);

  @Test
  void givenOnlyRequiredMembers_createRole_storesARoleWithAwsDefaults() {
    Role role = useCase.createRole(command(ROOT, "ops", null)).role();

    assertTrue(role.roleId().matches("AROA[A-Z2-7]{17}"), role.roleId());
    assertEquals(IamPath.ROOT, role.path());
    assertEquals("arn:aws:iam::111111111111:role/ops", role.arn().toString());
    assertEquals(Role.DEFAULT_MAX_SESSION_DURATION, role.maxSessionDuration());
    assertEquals("", role.description());
    assertEquals(PermissionsBoundary.NONE, role.permissionsBoundary());
    assertEquals(Map.of(), role.inlinePolicies());
    assertEquals(TestClocks.NOW, role.createDate());
    assertEquals(trust, role.trustPolicy());
    assertEquals(List.of("TRUST trust-json"), ports.policyParser.parsed);
    assertEquals(role, ports.roles.find(TestAccounts.ALPHA, "OPS").orElseThrow());
  }

  @Test
  void givenEveryMember_createRole_keepsThemAll() {
    String boundary = "arn:aws:iam::aws:policy/PowerUserAccess";

    Role role =
        useCase
            .createRole(
                new CreateRoleCommand(
                    ROOT,
                    "ops",
                    "/team/",
                    trustText,
                    "Operators",
                    7200,
                    boundary,
                    List.of(new Tag("team", "ops"))))
            .role();

    assertEquals("arn:aws:iam::111111111111:role/team/ops", role.arn().toString());
    assertEquals("Operators", role.description());
    assertEquals(Duration.ofHours(2), role.maxSessionDuration());
    assertEquals(PermissionsBoundary.policy(boundary), role.permissionsBoundary());
    assertEquals(List.of(new Tag("team", "ops")), role.tags());
  }

  @Test
  void givenNameTakenInAnyCase_createRole_failsWithEntityAlreadyExistsAndKeepsTheFirst() {
    Role first = useCase.createRole(command(ROOT, "ops", null)).role();

    EntityException error =
        assertThrows(EntityException.class, () -> useCase.createRole(command(ROOT, "OPS", null)));

    assertEquals(ErrorCode.ENTITY_ALREADY_EXISTS, error.code());
    assertEquals("Role with name OPS already exists.", error.getMessage());
    assertEquals(first, ports.roles.find(TestAccounts.ALPHA, "ops").orElseThrow());
  }

  @Test
  void givenMalformedTrustPolicy_createRole_failsAndStoresNothing() {
    CreateRoleCommand command =
        new CreateRoleCommand(
            ROOT, "ops", null, TestPorts.Parser.MALFORMED, null, null, null, List.of());

    assertThrows(MalformedPolicyDocumentException.class, () -> useCase.createRole(command));

    assertTrue(ports.roles.byName.isEmpty());
  }

  @Test
  void givenTrustPolicyOverItsQuota_createRole_failsWithLimitExceededAndStoresNothing() {
    String large = "x".repeat(2049);

    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.createRole(
                    new CreateRoleCommand(ROOT, "ops", null, large, null, null, null, List.of())));

    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
    assertEquals("Cannot exceed quota for ACLSizePerRole: 2048", error.getMessage());
    assertTrue(ports.roles.byName.isEmpty());
  }

  @Test
  void givenUserWithoutPolicy_createRole_isDeniedOnTheNewRolesArn() {
    Caller bob = user("bob", Map.of());

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class, () -> useCase.createRole(command(bob, "ops", "/team/")));

    assertEquals(
        "User: arn:aws:iam::111111111111:user/bob is not authorized to perform: iam:CreateRole"
            + " on resource: arn:aws:iam::111111111111:role/team/ops because no identity-based"
            + " policy allows the iam:CreateRole action",
        error.getMessage());
    assertTrue(ports.roles.byName.isEmpty());
    assertTrue(ports.policyParser.parsed.isEmpty());
  }

  @Test
  void givenUserAllowedUnderAPath_createRole_succeedsThereOnly() {
    Caller bob =
        user(
            "bob",
            Map.of(
                "roles",
                TestPolicies.allow("iam:CreateRole", "arn:aws:iam::111111111111:role/team/*")));

    useCase.createRole(command(bob, "ops", "/team/"));

    assertThrows(
        AccessDeniedException.class, () -> useCase.createRole(command(bob, "other", null)));
    assertEquals(1, ports.roles.byName.size());
    assertFalse(ports.roles.find(TestAccounts.ALPHA, "other").isPresent());
  }

  private CreateRoleCommand command(Caller caller, String name, String path) {
    return new CreateRoleCommand(caller, name, path, trustText, null, null, null, List.of());
  }

  private Caller user(String name, Map<String, PolicyDocument> policies) {
    User user = TestUsers.aUser(TestAccounts.ALPHA, name, policies);
    ports.users.save(user);
    return TestCallers.withLongTermKey(user.principal());
  }
}
