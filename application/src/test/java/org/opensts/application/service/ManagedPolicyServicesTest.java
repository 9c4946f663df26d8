package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.AttachRolePolicyCommand;
import org.opensts.application.port.in.iam.AttachUserPolicyCommand;
import org.opensts.application.port.in.iam.CreatePolicyCommand;
import org.opensts.application.port.in.iam.DeletePolicyCommand;
import org.opensts.application.port.in.iam.DeleteRoleCommand;
import org.opensts.application.port.in.iam.DeleteUserCommand;
import org.opensts.application.port.in.iam.DetachUserPolicyCommand;
import org.opensts.application.port.in.iam.GetPolicyCommand;
import org.opensts.application.port.in.iam.GetPolicyVersionCommand;
import org.opensts.application.port.in.iam.GetPolicyVersionResult;
import org.opensts.application.port.in.iam.GetUserCommand;
import org.opensts.application.port.in.iam.ListAttachedUserPoliciesCommand;
import org.opensts.application.port.in.iam.ListAttachedUserPoliciesResult;
import org.opensts.application.port.in.iam.ListPoliciesCommand;
import org.opensts.application.port.in.iam.ListPoliciesResult;
import org.opensts.application.port.in.sts.AssumeRoleCommand;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.RoleSessionName;
import org.opensts.domain.identity.UniqueId;

/**
 * The managed policy use cases over map-backed ports: creation, lookup, attachment rules and
 * quotas, deletion conflicts, and what attached policies and boundaries do to authorization.
 */
class ManagedPolicyServicesTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final String ACCOUNT = TestAccounts.ALPHA.value();

  private final TestPorts ports = new TestPorts();
  private final StsUseCases useCases = ports.useCases(TestClocks.fixed());

  private String create(String name) {
    return useCases
        .createPolicy()
        .createPolicy(
            new CreatePolicyCommand(ROOT, name, null, "{\"p\":\"" + name + "\"}", null, List.of()))
        .policy()
        .arn()
        .toString();
  }

  private String attachToAlice(String policyArn) {
    useCases
        .attachUserPolicy()
        .attachUserPolicy(new AttachUserPolicyCommand(ROOT, "alice", policyArn));
    return policyArn;
  }

  @Test
  void givenRoot_createPolicy_makesAnpaIdAndArnWithPath_andParsesAnIdentityPolicy() {
    ManagedPolicy policy =
        useCases
            .createPolicy()
            .createPolicy(
                new CreatePolicyCommand(ROOT, "readers", "/team/", "{\"doc\":1}", "d", List.of()))
            .policy();

    assertEquals("arn:aws:iam::" + ACCOUNT + ":policy/team/readers", policy.arn().toString());
    assertTrue(UniqueId.POLICY.isValid(policy.policyId()));
    assertEquals(0, policy.attachmentCount());
    assertEquals(List.of("IDENTITY {\"doc\":1}"), ports.policyParser.parsed);
  }

  @Test
  void givenPolicyOfSameNameInAnotherCase_createPolicy_failsWithEntityAlreadyExists() {
    create("readers");

    EntityException error = assertThrows(EntityException.class, () -> create("READERS"));

    assertEquals(ErrorCode.ENTITY_ALREADY_EXISTS, error.code());
    assertEquals(
        "A policy called READERS already exists. Duplicate names are not allowed.",
        error.getMessage());
  }

  @Test
  void givenPolicy_getPolicyVersion_returnsV1AsGiven_andNoOtherVersion() {
    String arn = create("readers");

    GetPolicyVersionResult version =
        useCases.getPolicyVersion().getPolicyVersion(new GetPolicyVersionCommand(ROOT, arn, "v1"));
    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCases
                    .getPolicyVersion()
                    .getPolicyVersion(new GetPolicyVersionCommand(ROOT, arn, "v2")));

    assertEquals("{\"p\":\"readers\"}", version.document());
    assertTrue(version.defaultVersion());
    assertEquals(
        "Policy " + arn + " version v2 does not exist or is not attachable.", error.getMessage());
  }

  @Test
  void givenPolicyOfAnotherAccount_getPolicy_failsWithNoSuchEntity() {
    String arn = create("readers");
    Caller betaRoot = TestCallers.withLongTermKey(TestPrincipals.root(TestAccounts.BETA));

    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCases.getPolicy().getPolicy(new GetPolicyCommand(betaRoot, arn)));

    assertEquals("Policy " + arn + " was not found.", error.getMessage());
  }

  @Test
  void givenUnknownPolicy_attachUserPolicy_failsWithNoSuchEntityInAwsWords() {
    ports.users.save(TestUsers.aUser());
    String arn = "arn:aws:iam::" + ACCOUNT + ":policy/none";

    EntityException error = assertThrows(EntityException.class, () -> attachToAlice(arn));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("Policy " + arn + " does not exist or is not attachable.", error.getMessage());
  }

  @Test
  void givenTenAttachedPolicies_attachUserPolicy_failsWithLimitExceeded() {
    ports.users.save(TestUsers.aUser());
    for (int i = 0; i < 10; i++) {
      attachToAlice(create("p" + i));
    }
    String eleventh = create("p10");

    EntityException error = assertThrows(EntityException.class, () -> attachToAlice(eleventh));

    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
    assertEquals("Cannot exceed quota for PoliciesPerUser: 10", error.getMessage());
  }

  @Test
  void givenTenAttachedPolicies_attachRolePolicy_failsWithRoleQuota() {
    ports.roles.save(TestRoles.aRole());
    for (int i = 0; i < 10; i++) {
      useCases
          .attachRolePolicy()
          .attachRolePolicy(new AttachRolePolicyCommand(ROOT, "deployer", create("p" + i)));
    }
    String eleventh = create("p10");

    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCases
                    .attachRolePolicy()
                    .attachRolePolicy(new AttachRolePolicyCommand(ROOT, "deployer", eleventh)));

    assertEquals("Cannot exceed quota for PoliciesPerRole: 10", error.getMessage());
  }

  @Test
  void givenPolicyNotAttached_detachUserPolicy_failsWithNoSuchEntity() {
    ports.users.save(TestUsers.aUser());
    String arn = create("readers");

    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCases
                    .detachUserPolicy()
                    .detachUserPolicy(new DetachUserPolicyCommand(ROOT, "alice", arn)));

    assertEquals("Policy " + arn + " was not attached.", error.getMessage());
  }

  @Test
  void givenAttachedPolicy_deletePolicy_andDeleteUser_failWithDeleteConflict() {
    ports.users.save(TestUsers.aUser());
    String arn = attachToAlice(create("readers"));

    EntityException policyError =
        assertThrows(
            EntityException.class,
            () -> useCases.deletePolicy().deletePolicy(new DeletePolicyCommand(ROOT, arn)));
    EntityException userError =
        assertThrows(
            EntityException.class,
            () -> useCases.deleteUser().deleteUser(new DeleteUserCommand(ROOT, "alice")));

    assertEquals(ErrorCode.DELETE_CONFLICT, policyError.code());
    assertEquals("Cannot delete a policy attached to entities.", policyError.getMessage());
    assertEquals("Cannot delete entity, must detach all policies first.", userError.getMessage());
    assertTrue(ports.users.find(TestAccounts.ALPHA, "alice").isPresent());
  }

  @Test
  void givenRoleWithAttachedPolicy_deleteRole_failsWithDeleteConflict() {
    ports.roles.save(TestRoles.aRole());
    useCases
        .attachRolePolicy()
        .attachRolePolicy(new AttachRolePolicyCommand(ROOT, "deployer", create("readers")));

    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCases.deleteRole().deleteRole(new DeleteRoleCommand(ROOT, "deployer")));

    assertEquals("Cannot delete entity, must detach all policies first.", error.getMessage());
  }

  @Test
  void givenDetachedPolicy_deletePolicy_removesIt() {
    ports.users.save(TestUsers.aUser());
    String arn = attachToAlice(create("readers"));
    useCases.detachUserPolicy().detachUserPolicy(new DetachUserPolicyCommand(ROOT, "alice", arn));

    useCases.deletePolicy().deletePolicy(new DeletePolicyCommand(ROOT, arn));

    assertTrue(ports.policies.byArn.isEmpty());
  }

  @Test
  void givenUserWithoutPermission_attachUserPolicyToMissingUser_isDeniedNotNotFound() {
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);
    String arn = create("readers");

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCases
                .attachUserPolicy()
                .attachUserPolicy(
                    new AttachUserPolicyCommand(
                        TestCallers.withLongTermKey(bob.principal()), "nobody", arn)));
  }

  @Test
  void givenAttachedPolicyAllowingGetUser_getUser_isAllowed_andAfterDetach_isDenied() {
    User alice = TestUsers.aUser();
    ports.users.save(alice);
    String allowText =
        ports.policyParser.define("allow-get-user", TestPolicies.allow("iam:GetUser", "*"));
    String arn =
        useCases
            .createPolicy()
            .createPolicy(new CreatePolicyCommand(ROOT, "getter", null, allowText, null, List.of()))
            .policy()
            .arn()
            .toString();
    attachToAlice(arn);
    Caller aliceCaller = TestCallers.withLongTermKey(alice.principal());

    useCases.getUser().getUser(new GetUserCommand(aliceCaller, "alice"));
    useCases.detachUserPolicy().detachUserPolicy(new DetachUserPolicyCommand(ROOT, "alice", arn));

    assertThrows(
        AccessDeniedException.class,
        () -> useCases.getUser().getUser(new GetUserCommand(aliceCaller, "alice")));
  }

  @Test
  void givenRoleWhoseBoundaryAllowsNothing_roleSession_isDeniedDespiteInlineAllow() {
    String boundary = create("nothing");
    Role role = TestRoles.withPolicy(TestRoles.aRole(), "all", TestPolicies.allow("iam:*", "*"));
    ports.roles.save(role);
    ports.users.save(TestUsers.aUser());
    Caller session = TestCallers.withSession(TestPrincipals.deployerSession("ops"));
    useCases.getUser().getUser(new GetUserCommand(session, "alice"));
    ports.roles.save(role.withPermissionsBoundary(PermissionsBoundary.policy(boundary)));

    assertThrows(
        AccessDeniedException.class,
        () -> useCases.getUser().getUser(new GetUserCommand(session, "alice")));
  }

  @Test
  void givenRoleWhoseBoundaryNamesNoPolicy_roleSession_isDenied() {
    Role role =
        TestRoles.withPolicy(TestRoles.aRole(), "all", TestPolicies.allow("iam:*", "*"))
            .withPermissionsBoundary(
                PermissionsBoundary.policy("arn:aws:iam::" + ACCOUNT + ":policy/gone"));
    ports.roles.save(role);
    ports.users.save(TestUsers.aUser());
    Caller session = TestCallers.withSession(TestPrincipals.deployerSession("ops"));

    assertThrows(
        AccessDeniedException.class,
        () -> useCases.getUser().getUser(new GetUserCommand(session, "alice")));
  }

  @Test
  void givenRoleSessionWithBoundaryAllowingNothing_assumeRole_isDenied() {
    String boundary = create("nothing");
    Role deployer =
        TestRoles.withPolicy(TestRoles.aRole(), "all", TestPolicies.allow("sts:AssumeRole", "*"))
            .withPermissionsBoundary(PermissionsBoundary.policy(boundary));
    ports.roles.save(deployer);
    Role target = TestRoles.aRole(TestAccounts.ALPHA, "target", TestPolicies.trusting(ACCOUNT));
    ports.roles.save(target);
    Caller session = TestCallers.withSession(TestPrincipals.deployerSession("ops"));

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCases
                .assumeRole()
                .assumeRole(
                    new AssumeRoleCommand(
                        session,
                        target.arn(),
                        RoleSessionName.of("next"),
                        AssumeRoleCommand.Options.NONE)));
  }

  @Test
  void givenPolicies_listPolicies_filtersByScopeAttachmentAndPages() {
    ports.users.save(TestUsers.aUser());
    attachToAlice(create("b"));
    create("a");
    create("c");

    ListPoliciesResult firstPage =
        useCases
            .listPolicies()
            .listPolicies(new ListPoliciesCommand(ROOT, null, null, null, null, 2));
    ListPoliciesResult secondPage =
        useCases
            .listPolicies()
            .listPolicies(
                new ListPoliciesCommand(ROOT, "Local", null, null, firstPage.marker(), 2));
    ListPoliciesResult attached =
        useCases
            .listPolicies()
            .listPolicies(new ListPoliciesCommand(ROOT, "All", true, null, null, null));
    ListPoliciesResult aws =
        useCases
            .listPolicies()
            .listPolicies(new ListPoliciesCommand(ROOT, "AWS", null, null, null, null));

    assertEquals(List.of("a", "b"), names(firstPage.policies()));
    assertTrue(firstPage.truncated());
    assertEquals(List.of("c"), names(secondPage.policies()));
    assertFalse(secondPage.truncated());
    assertEquals(List.of("b"), names(attached.policies()));
    assertTrue(aws.policies().isEmpty());
  }

  @Test
  void givenAttachedPolicies_listAttachedUserPolicies_listsThemInNameOrder() {
    ports.users.save(TestUsers.aUser());
    attachToAlice(create("zeta"));
    attachToAlice(create("alpha"));

    ListAttachedUserPoliciesResult result =
        useCases
            .listAttachedUserPolicies()
            .listAttachedUserPolicies(
                new ListAttachedUserPoliciesCommand(ROOT, "alice", null, null, null));

    assertEquals(List.of("alpha", "zeta"), names(result.policies()));
  }

  private static List<String> names(List<ManagedPolicy> policies) {
    return policies.stream().map(ManagedPolicy::name).toList();
  }
}
