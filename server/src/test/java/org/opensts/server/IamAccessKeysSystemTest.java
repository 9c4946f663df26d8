package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.CreateAccessKeyResponse;
import software.amazon.awssdk.services.iam.model.ListAccessKeysResponse;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The IAM access-key API as a user of the AWS SDK sees it, and what a key's life means for STS: a
 * key created through IAM signs STS requests at once, and an inactive or deleted key is refused on
 * the very next request. Accounts in {@code iam-bootstrap.json}; the tests share one server, so
 * each uses user names of its own.
 */
class IamAccessKeysSystemTest {

  private static final String AKIA = "AKIA[A-Z2-7]{16}";

  private static TestServer server;
  private static IamClient root;

  @BeforeAll
  static void start() {
    server = TestServer.start(IamAccounts.BOOTSTRAP);
    root = IamClients.iam(server, IamAccounts.EPSILON_ROOT);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  // --- CreateAccessKey and ListAccessKeys -------------------------------------------------------

  @Test
  void givenUser_createAccessKey_returnsAnActiveAkiaKeyWithItsSecret() {
    root.createUser(r -> r.userName("ck-kim"));
    Instant before = Instant.now().minusSeconds(1);

    AccessKey key = root.createAccessKey(r -> r.userName("ck-kim")).accessKey();

    assertAll(
        () -> assertEquals("ck-kim", key.userName()),
        () -> assertTrue(key.accessKeyId().matches(AKIA), key.accessKeyId()),
        () -> assertEquals(20, key.accessKeyId().length()),
        () -> assertEquals(40, key.secretAccessKey().length(), "AWS secrets have 40 characters"),
        () -> assertEquals(StatusType.ACTIVE, key.status()),
        () -> assertFalse(key.createDate().isBefore(before.minusSeconds(1)), "createDate"));
  }

  @Test
  void givenUserWithKeys_listAccessKeys_describesThemWithoutTheirSecrets() {
    root.createUser(r -> r.userName("lk-lena"));
    AccessKey first = root.createAccessKey(r -> r.userName("lk-lena")).accessKey();
    AccessKey second = root.createAccessKey(r -> r.userName("lk-lena")).accessKey();
    IamResponseRecorder recorder = new IamResponseRecorder();

    ListAccessKeysResponse response =
        IamClients.recording(server, IamAccounts.EPSILON_ROOT, recorder)
            .listAccessKeys(r -> r.userName("lk-lena"));

    assertEquals(
        Set.of(first.accessKeyId(), second.accessKeyId()),
        response.accessKeyMetadata().stream()
            .map(AccessKeyMetadata::accessKeyId)
            .collect(Collectors.toSet()));
    for (AccessKeyMetadata key : response.accessKeyMetadata()) {
      assertEquals("lk-lena", key.userName());
      assertEquals(StatusType.ACTIVE, key.status());
    }
    assertFalse(response.isTruncated());
    String body = recorder.lastBody();
    assertTrue(body.contains(first.accessKeyId()), body);
    assertAll(
        () -> assertFalse(body.contains("SecretAccessKey"), body),
        () -> assertFalse(body.contains(first.secretAccessKey()), body),
        () -> assertFalse(body.contains(second.secretAccessKey()), body));
  }

  @Test
  void givenUserWithTwoKeys_listAccessKeysWithMaxItemsOne_pagesThroughBoth() {
    root.createUser(r -> r.userName("lk-paged"));
    String first = root.createAccessKey(r -> r.userName("lk-paged")).accessKey().accessKeyId();
    String second = root.createAccessKey(r -> r.userName("lk-paged")).accessKey().accessKeyId();

    List<String> listed =
        root
            .listAccessKeysPaginator(r -> r.userName("lk-paged").maxItems(1))
            .accessKeyMetadata()
            .stream()
            .map(AccessKeyMetadata::accessKeyId)
            .toList();

    assertEquals(Stream.of(first, second).sorted().toList(), listed);
  }

  @Test
  void givenUserWithTwoKeys_createAccessKey_failsWithLimitExceeded() {
    root.createUser(r -> r.userName("ck-full"));
    root.createAccessKey(r -> r.userName("ck-full"));
    root.createAccessKey(r -> r.userName("ck-full"));

    assertIamError(
        409,
        "LimitExceeded",
        "Cannot exceed quota for AccessKeysPerUser: 2",
        () -> root.createAccessKey(r -> r.userName("ck-full")));
    assertEquals(2, root.listAccessKeys(r -> r.userName("ck-full")).accessKeyMetadata().size());
  }

  @Test
  void givenUserWithTwoKeysOneInactive_createAccessKey_stillFailsWithLimitExceeded() {
    root.createUser(r -> r.userName("ck-inactive-full"));
    String first =
        root.createAccessKey(r -> r.userName("ck-inactive-full")).accessKey().accessKeyId();
    root.createAccessKey(r -> r.userName("ck-inactive-full"));
    root.updateAccessKey(
        r -> r.userName("ck-inactive-full").accessKeyId(first).status(StatusType.INACTIVE));

    assertIamError(
        409, "LimitExceeded", () -> root.createAccessKey(r -> r.userName("ck-inactive-full")));
  }

  @Test
  void givenUserAllowedIam_listAccessKeysWithoutName_listsTheCallersOwnKeys() {
    List<AccessKeyMetadata> keys =
        IamClients.iam(server, IamAccounts.ADA).listAccessKeys().accessKeyMetadata();

    assertEquals(1, keys.size(), keys.toString());
    assertEquals("AKIAEPSILONADA000001", keys.get(0).accessKeyId());
    assertEquals("ada", keys.get(0).userName());
  }

  @Test
  void givenRoot_createListAndDeleteAccessKeyWithoutName_managesTheRootsOwnKeys() {
    AccessKey created = root.createAccessKey().accessKey();

    List<AccessKeyMetadata> listed = root.listAccessKeys().accessKeyMetadata();
    root.deleteAccessKey(r -> r.accessKeyId(created.accessKeyId()));

    assertAll(
        () -> assertTrue(created.accessKeyId().matches(AKIA), created.accessKeyId()),
        () -> assertNull(created.userName(), "a root key belongs to no IAM user"),
        () ->
            assertEquals(
                Set.of("AKIAEPSILONROOT00001", created.accessKeyId()),
                listed.stream().map(AccessKeyMetadata::accessKeyId).collect(Collectors.toSet())),
        () ->
            assertEquals(
                List.of("AKIAEPSILONROOT00001"),
                root.listAccessKeys().accessKeyMetadata().stream()
                    .map(AccessKeyMetadata::accessKeyId)
                    .toList()));
  }

  // --- A key's life, seen from STS --------------------------------------------------------------

  @Test
  void givenKeyCreatedThroughIam_stsCalls_workAtOnceAsTheNewUser() {
    String userId = root.createUser(r -> r.userName("flow-fay").path("/flows/")).user().userId();
    AwsBasicCredentials keys = credentials(root.createAccessKey(r -> r.userName("flow-fay")));

    GetCallerIdentityResponse identity = server.sts(keys).getCallerIdentity();
    Credentials session = server.sts(keys).getSessionToken().credentials();
    GetCallerIdentityResponse sessionIdentity =
        server
            .sts(
                AwsSessionCredentials.create(
                    session.accessKeyId(), session.secretAccessKey(), session.sessionToken()))
            .getCallerIdentity();

    assertAll(
        () -> assertEquals(IamAccounts.EPSILON, identity.account()),
        () -> assertEquals(IamAccounts.epsilonUser("flows/flow-fay"), identity.arn()),
        () -> assertEquals(userId, identity.userId()),
        () -> assertTrue(session.accessKeyId().startsWith("ASIA"), session.accessKeyId()),
        () -> assertEquals(identity.arn(), sessionIdentity.arn()),
        () -> assertEquals(userId, sessionIdentity.userId()));
  }

  @Test
  void givenKeyMadeInactive_nextStsCall_isRefusedAndWorksAgainOnceActive() {
    root.createUser(r -> r.userName("uk-ivan"));
    AwsBasicCredentials keys = credentials(root.createAccessKey(r -> r.userName("uk-ivan")));
    String arn = server.sts(keys).getCallerIdentity().arn();

    root.updateAccessKey(
        r -> r.userName("uk-ivan").accessKeyId(keys.accessKeyId()).status(StatusType.INACTIVE));

    assertStsError(
        403,
        "InvalidClientTokenId",
        "The security token included in the request is invalid",
        () -> server.sts(keys).getCallerIdentity());
    assertEquals(
        StatusType.INACTIVE,
        root.listAccessKeys(r -> r.userName("uk-ivan")).accessKeyMetadata().get(0).status());

    root.updateAccessKey(
        r -> r.userName("uk-ivan").accessKeyId(keys.accessKeyId()).status(StatusType.ACTIVE));

    assertEquals(arn, server.sts(keys).getCallerIdentity().arn());
  }

  @Test
  void givenKeyMadeInactive_nextIamCallWithIt_isRefusedToo() {
    root.createUser(r -> r.userName("uk-iris"));
    AwsBasicCredentials keys = credentials(root.createAccessKey(r -> r.userName("uk-iris")));
    root.updateAccessKey(
        r -> r.userName("uk-iris").accessKeyId(keys.accessKeyId()).status(StatusType.INACTIVE));

    assertIamError(403, "InvalidClientTokenId", () -> IamClients.iam(server, keys).getUser());
  }

  @Test
  void givenKeyDeleted_nextStsCall_isRefused() {
    root.createUser(r -> r.userName("dk-dana"));
    AwsBasicCredentials keys = credentials(root.createAccessKey(r -> r.userName("dk-dana")));
    server.sts(keys).getCallerIdentity();

    root.deleteAccessKey(r -> r.userName("dk-dana").accessKeyId(keys.accessKeyId()));

    assertStsError(403, "InvalidClientTokenId", () -> server.sts(keys).getCallerIdentity());
    assertTrue(root.listAccessKeys(r -> r.userName("dk-dana")).accessKeyMetadata().isEmpty());
  }

  // --- UpdateAccessKey and DeleteAccessKey errors -----------------------------------------------

  static Stream<Arguments> invalidStatuses() {
    return Stream.of(
        Arguments.of(
            "a status outside the enum",
            "Enabled",
            400,
            "ValidationError",
            "1 validation error detected: Value 'Enabled' at 'status' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [Active, Inactive, Expired]"),
        Arguments.of(
            "Expired, which only AWS may set",
            "Expired",
            400,
            "InvalidInput",
            "Access keys can only be set to Active or Inactive."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidStatuses")
  void givenStatusOtherThanActiveOrInactive_updateAccessKey_failsAndKeepsTheKeyActive(
      String why, String status, int httpStatus, String code, String message) {
    String user = "us-" + status.toLowerCase();
    root.createUser(r -> r.userName(user));
    String keyId = root.createAccessKey(r -> r.userName(user)).accessKey().accessKeyId();

    assertIamError(
        httpStatus,
        code,
        message,
        () -> root.updateAccessKey(r -> r.userName(user).accessKeyId(keyId).status(status)));
    assertEquals(
        StatusType.ACTIVE,
        root.listAccessKeys(r -> r.userName(user)).accessKeyMetadata().get(0).status());
  }

  @Test
  void givenKeyOfAnotherUser_updateOrDeleteAccessKeyNamingTheWrongUser_failsWithNoSuchEntity() {
    root.createUser(r -> r.userName("ok-owner"));
    root.createUser(r -> r.userName("ok-other"));
    String keyId = root.createAccessKey(r -> r.userName("ok-owner")).accessKey().accessKeyId();
    String message = "The Access Key with id " + keyId + " cannot be found.";

    assertIamError(
        404,
        "NoSuchEntity",
        message,
        () ->
            root.updateAccessKey(
                r -> r.userName("ok-other").accessKeyId(keyId).status(StatusType.INACTIVE)));
    assertIamError(
        404,
        "NoSuchEntity",
        message,
        () -> root.deleteAccessKey(r -> r.userName("ok-other").accessKeyId(keyId)));
    assertEquals(
        StatusType.ACTIVE,
        root.listAccessKeys(r -> r.userName("ok-owner")).accessKeyMetadata().get(0).status());
  }

  @Test
  void givenUserKeyAndRootCaller_deleteAccessKeyWithoutUserName_failsWithNoSuchEntity() {
    root.createUser(r -> r.userName("ok-rootless"));
    String keyId = root.createAccessKey(r -> r.userName("ok-rootless")).accessKey().accessKeyId();

    assertIamError(
        404,
        "NoSuchEntity",
        "The Access Key with id " + keyId + " cannot be found.",
        () -> root.deleteAccessKey(r -> r.accessKeyId(keyId)));
  }

  @Test
  void givenKeyIdThatDoesNotExist_deleteAccessKey_failsWithNoSuchEntity() {
    root.createUser(r -> r.userName("ok-nokey"));

    assertIamError(
        404,
        "NoSuchEntity",
        "The Access Key with id AKIAZZZZZZZZZZZZZZZZ cannot be found.",
        () ->
            root.deleteAccessKey(r -> r.userName("ok-nokey").accessKeyId("AKIAZZZZZZZZZZZZZZZZ")));
  }

  // --- DeleteUser while keys remain -------------------------------------------------------------

  @Test
  void givenUserWithKey_deleteUser_failsWithDeleteConflictUntilTheKeyIsDeleted() {
    root.createUser(r -> r.userName("dc-dirk"));
    String keyId = root.createAccessKey(r -> r.userName("dc-dirk")).accessKey().accessKeyId();

    assertIamError(
        409,
        "DeleteConflict",
        "Cannot delete entity, must delete access keys first.",
        () -> root.deleteUser(r -> r.userName("dc-dirk")));
    assertEquals("dc-dirk", root.getUser(r -> r.userName("dc-dirk")).user().userName());

    root.deleteAccessKey(r -> r.userName("dc-dirk").accessKeyId(keyId));
    root.deleteUser(r -> r.userName("dc-dirk"));

    assertIamError(404, "NoSuchEntity", () -> root.getUser(r -> r.userName("dc-dirk")));
  }

  @Test
  void givenUserWithOnlyAnInactiveKey_deleteUser_stillFailsWithDeleteConflict() {
    root.createUser(r -> r.userName("dc-idle"));
    String keyId = root.createAccessKey(r -> r.userName("dc-idle")).accessKey().accessKeyId();
    root.updateAccessKey(r -> r.userName("dc-idle").accessKeyId(keyId).status(StatusType.INACTIVE));

    assertIamError(409, "DeleteConflict", () -> root.deleteUser(r -> r.userName("dc-idle")));
  }

  @Test
  void givenDeletedAndRecreatedUser_oldKeyIdIsGone_andTheNewUserStartsWithoutKeys() {
    root.createUser(r -> r.userName("rc-ross"));
    AwsBasicCredentials keys = credentials(root.createAccessKey(r -> r.userName("rc-ross")));
    root.deleteAccessKey(r -> r.userName("rc-ross").accessKeyId(keys.accessKeyId()));
    root.deleteUser(r -> r.userName("rc-ross"));

    root.createUser(r -> r.userName("rc-ross"));

    assertTrue(root.listAccessKeys(r -> r.userName("rc-ross")).accessKeyMetadata().isEmpty());
    assertStsError(403, "InvalidClientTokenId", () -> server.sts(keys).getCallerIdentity());
  }

  private static AwsBasicCredentials credentials(CreateAccessKeyResponse response) {
    return AwsBasicCredentials.create(
        response.accessKey().accessKeyId(), response.accessKey().secretAccessKey());
  }
}
