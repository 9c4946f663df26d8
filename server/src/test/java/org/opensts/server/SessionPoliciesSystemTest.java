package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.PolicyDescriptorType;

/**
 * AssumeRole's {@code Policy} and {@code PolicyArns}: they narrow the session to the intersection
 * with the role's policies and never widen it, travel inside the token, and count towards the
 * packed size AWS reports.
 */
class SessionPoliciesSystemTest extends SessionParametersSystemTest {

  private static final String GET_ROLE_ONLY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:GetRole\","
          + "\"Resource\":\"*\"}]}";

  @Test
  void givenNoSessionPolicy_assumeRole_sessionHasTheRolesPermissionsAndNoPackedSize() {
    AssumeRoleResponse response = carolAssumes("tagger", r -> {});

    assertNull(response.packedPolicySize());
    IamClient iam = iam(response.credentials());
    assertDoesNotThrow(() -> iam.listRoles());
    assertDoesNotThrow(() -> iam.getRole(r -> r.roleName("tagger")));
  }

  @Test
  void givenInlineSessionPolicy_assumeRole_narrowsTheSessionToTheIntersection() {
    AssumeRoleResponse response = carolAssumes("tagger", r -> r.policy(GET_ROLE_ONLY));

    IamClient iam = iam(response.credentials());
    assertDoesNotThrow(() -> iam.getRole(r -> r.roleName("tagger")));
    assertIamError(
        403,
        "AccessDenied",
        "User: arn:aws:sts::333333333333:assumed-role/tagger/s1 is not authorized to perform:"
            + " iam:ListRoles on resource: arn:aws:iam::333333333333:role/ because no"
            + " identity-based policy allows the iam:ListRoles action",
        iam::listRoles);
  }

  @Test
  void givenSessionPolicyAllowingMoreThanTheRole_assumeRole_neverWidensTheSession() {
    String everything =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
            + "\"Resource\":\"*\"}]}";
    AssumeRoleResponse response = carolAssumes("tagger", r -> r.policy(everything));

    assertIamError(
        403,
        "AccessDenied",
        () -> iam(response.credentials()).createUser(r -> r.userName("mallory")));
  }

  @Test
  void givenManagedSessionPolicies_assumeRole_appliesTheirDocuments() {
    Credentials narrowed =
        carolAssumes("tagger", r -> r.policyArns(arn(policy("get-role-only")))).credentials();
    Credentials denied =
        carolAssumes(
                "tagger", r -> r.policy(GET_ROLE_ONLY).policyArns(arn(policy("deny-get-role"))))
            .credentials();

    assertDoesNotThrow(() -> iam(narrowed).getRole(r -> r.roleName("tagger")));
    assertIamError(403, "AccessDenied", () -> iam(narrowed).listRoles());
    assertIamError(403, "AccessDenied", () -> iam(denied).getRole(r -> r.roleName("tagger")));
  }

  @Test
  void givenSessionPolicies_assumeRole_reportsThePackedSizeAsAPercentage() {
    AssumeRoleResponse inline = carolAssumes("tagger", r -> r.policy(GET_ROLE_ONLY));
    AssumeRoleResponse managed =
        carolAssumes("tagger", r -> r.policyArns(arn(policy("get-role-only"))));

    assertTrue(inline.packedPolicySize() > 0 && inline.packedPolicySize() <= 100);
    assertTrue(managed.packedPolicySize() > 0 && managed.packedPolicySize() <= 100);
  }

  @Test
  void givenTheSessionOfAChainedRole_assumeRole_doesNotInheritTheCallersSessionPolicies() {
    String assumeAndGetRole =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
            + "[\"sts:AssumeRole\",\"iam:GetRole\"],\"Resource\":\"*\"}]}";
    Credentials first = carolAssumes("tagger", r -> r.policy(assumeAndGetRole)).credentials();

    Credentials second = assume(sts(first), "hop2", r -> {}).credentials();

    assertIamError(403, "AccessDenied", () -> iam(first).listRoles());
    assertDoesNotThrow(() -> iam(second).listRoles());
  }

  @Test
  void givenAPolicyArnTheAccountDoesNotHave_assumeRole_isRefused() {
    String unknown = policy("no-such-policy");

    assertStsError(
        400,
        "InvalidParameterValue",
        "Policy " + unknown + " does not exist or is not attachable.",
        () -> carolAssumes("tagger", r -> r.policyArns(arn(unknown))));
  }

  @Test
  void givenElevenPolicyArns_assumeRole_isAValidationError() {
    List<PolicyDescriptorType> eleven =
        IntStream.range(0, 11).mapToObj(i -> arn(policy("get-role-only"))).toList();

    assertStsError(400, "ValidationError", () -> carolAssumes("tagger", r -> r.policyArns(eleven)));
  }

  @Test
  void givenTenPolicyArns_assumeRole_acceptsThem() {
    List<PolicyDescriptorType> ten =
        IntStream.range(0, 10).mapToObj(i -> arn(policy("get-role-only"))).toList();

    assertDoesNotThrow(() -> carolAssumes("tagger", r -> r.policyArns(ten)));
  }

  @Test
  void givenMalformedSessionPolicy_assumeRole_isMalformedPolicyDocument() {
    assertStsError(
        400, "MalformedPolicyDocument", () -> carolAssumes("tagger", r -> r.policy("{not json")));
  }

  @Test
  void givenSessionPolicyNamingAPrincipal_assumeRole_isMalformedPolicyDocument() {
    String withPrincipal =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
            + "\"Action\":\"iam:GetRole\",\"Resource\":\"*\"}]}";

    assertStsError(
        400, "MalformedPolicyDocument", () -> carolAssumes("tagger", r -> r.policy(withPrincipal)));
  }

  @Test
  void givenSessionPolicyWithACharacterBeyondLatin1_assumeRole_isAValidationError() {
    String policy = GET_ROLE_ONLY.replace("\"*\"}", "\"arn:aws:iam::333333333333:role/\u0100\"}");

    assertStsError(
        400,
        "ValidationError",
        "1 validation error detected: Value '"
            + policy
            + "' at 'policy' failed to satisfy constraint: Member must satisfy regular expression"
            + " pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
        () -> carolAssumes("tagger", r -> r.policy(policy)));
  }

  @Test
  void givenSessionPolicyLongerThan2048Characters_assumeRole_acceptsItAsTheModelDoes() {
    String spaced = GET_ROLE_ONLY.replace(",", "," + " ".repeat(700));

    AssumeRoleResponse response = carolAssumes("tagger", r -> r.policy(spaced));

    assertTrue(spaced.length() > 2048);
    assertDoesNotThrow(() -> iam(response.credentials()).getRole(r -> r.roleName("tagger")));
  }

  @Test
  void givenSessionPolicyThatDoesNotPack_assumeRole_isPackedPolicyTooLarge() {
    SplittableRandom random = new SplittableRandom(7);
    String statements =
        IntStream.range(0, 60)
            .mapToObj(
                i ->
                    "{\"Sid\":\"S"
                        + Long.toHexString(random.nextLong())
                        + Long.toHexString(random.nextLong())
                        + "\",\"Effect\":\"Allow\",\"Action\":\"iam:GetRole\",\"Resource\":"
                        + "\"arn:aws:iam::333333333333:role/"
                        + Long.toHexString(random.nextLong())
                        + "\"}")
            .collect(Collectors.joining(","));
    String large = "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";

    software.amazon.awssdk.services.sts.model.StsException error =
        assertStsError(
            400, "PackedPolicyTooLarge", () -> carolAssumes("tagger", r -> r.policy(large)));

    assertTrue(
        error
            .awsErrorDetails()
            .errorMessage()
            .matches(
                "Packed policy consumes \\d{3,}% of allotted space, please use smaller policy\\."),
        error.awsErrorDetails().errorMessage());
  }

  @Test
  void givenSessionPolicyAllowingTheRole_sessionOfAChain_staysWithinIt() {
    Credentials narrowed = carolAssumes("tagger", r -> r.policy(GET_ROLE_ONLY)).credentials();

    assertStsError(
        403,
        "AccessDenied",
        "User: arn:aws:sts::333333333333:assumed-role/tagger/s1 is not authorized to perform:"
            + " sts:AssumeRole on resource: arn:aws:iam::333333333333:role/hop2",
        () -> assume(sts(narrowed), "hop2", r -> {}));
  }

  private static PolicyDescriptorType arn(String policyArn) {
    return PolicyDescriptorType.builder().arn(policyArn).build();
  }
}
