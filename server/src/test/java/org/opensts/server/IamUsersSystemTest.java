package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ListUsersResponse;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;

/**
 * The IAM users API as a user of the AWS SDK sees it: CreateUser, GetUser, ListUsers (paths, tags,
 * pagination), TagUser, UntagUser, DeleteUser and their errors. Accounts in {@code
 * iam-bootstrap.json}; the tests share one server, so each uses user names (and paths) of its own.
 */
class IamUsersSystemTest {

  private static final String AIDA = "AIDA[A-Z2-7]{17}";

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

  // --- CreateUser and GetUser ------------------------------------------------------------------

  @Test
  void givenPathAndTags_createUser_returnsTheUserAsAwsDescribesIt() {
    Instant before = Instant.now().minusSeconds(1);

    User user =
        root.createUser(
                r ->
                    r.userName("cu-carol")
                        .path("/division/team/")
                        .tags(tag("team", "platform"), tag("cost-center", "42")))
            .user();

    assertAll(
        () -> assertEquals("cu-carol", user.userName()),
        () -> assertEquals("/division/team/", user.path()),
        () -> assertEquals(IamAccounts.epsilonUser("division/team/cu-carol"), user.arn()),
        () -> assertTrue(user.userId().matches(AIDA), user.userId()),
        () -> assertFalse(user.createDate().isBefore(before.minusSeconds(1)), "createDate"),
        () -> assertFalse(user.createDate().isAfter(Instant.now().plusSeconds(1)), "createDate"),
        () ->
            assertEquals(List.of(tag("team", "platform"), tag("cost-center", "42")), user.tags()));
  }

  @Test
  void givenNoPath_createUser_putsTheUserAtTheRootPathWithoutTags() {
    User user = root.createUser(r -> r.userName("cu-plain")).user();

    assertEquals("/", user.path());
    assertEquals(IamAccounts.epsilonUser("cu-plain"), user.arn());
    assertFalse(user.hasTags(), "AWS leaves Tags out when there are none");
  }

  @Test
  void givenCreatedUser_getUserByName_returnsTheSameUserWithItsTags() {
    User created =
        root.createUser(r -> r.userName("gu-gina").path("/ops/").tags(tag("team", "ops"))).user();

    User fetched = root.getUser(r -> r.userName("gu-gina")).user();

    assertEquals(created, fetched);
    assertEquals(List.of(tag("team", "ops")), fetched.tags());
  }

  @Test
  void givenNameInAnotherCase_getUser_findsTheUserUnderItsOwnName() {
    root.createUser(r -> r.userName("gu-MixedCase"));

    User fetched = root.getUser(r -> r.userName("GU-mixedcase")).user();

    assertEquals("gu-MixedCase", fetched.userName());
  }

  @Test
  void givenRootCredentials_getUserWithoutName_describesTheRoot() {
    User user = root.getUser().user();

    assertAll(
        () -> assertEquals(IamAccounts.EPSILON, user.userId()),
        () -> assertEquals("arn:aws:iam::555555555555:root", user.arn()),
        () -> assertNull(user.userName(), "the root has no user name"),
        () -> assertNull(user.path(), "the root has no path"),
        () -> assertNotNull(user.createDate()));
  }

  @Test
  void givenUserAllowedToReadItself_getUserWithoutName_describesTheCaller() {
    User user = IamClients.iam(server, IamAccounts.SAM).getUser().user();

    assertAll(
        () -> assertEquals("sam", user.userName()),
        () -> assertEquals("/", user.path()),
        () -> assertEquals(IamAccounts.epsilonUser("sam"), user.arn()),
        () -> assertTrue(user.userId().matches(AIDA), user.userId()),
        () -> assertEquals(List.of(tag("team", "platform")), user.tags()));
  }

  @Test
  void givenExistingUser_createUserWithSameName_failsWithEntityAlreadyExists() {
    root.createUser(r -> r.userName("dup-dora"));

    assertIamError(
        409,
        "EntityAlreadyExists",
        "User with name dup-dora already exists.",
        () -> root.createUser(r -> r.userName("dup-dora").path("/elsewhere/")));
  }

  @Test
  void givenExistingUser_createUserWithNameDifferingOnlyInCase_failsWithEntityAlreadyExists() {
    root.createUser(r -> r.userName("dup-erik"));

    assertIamError(
        409,
        "EntityAlreadyExists",
        "User with name DUP-Erik already exists.",
        () -> root.createUser(r -> r.userName("DUP-Erik")));
    assertEquals("dup-erik", root.getUser(r -> r.userName("dup-erik")).user().userName());
  }

  static Stream<Arguments> invalidCreateUserMembers() {
    return Stream.of(
        Arguments.of(
            "a space in the name",
            "a b",
            null,
            "1 validation error detected: Value 'a b' at 'userName' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern: [\\w+=,.@-]+"),
        Arguments.of(
            "a name of 65 characters",
            "n".repeat(65),
            null,
            "1 validation error detected: Value '"
                + "n".repeat(65)
                + "' at 'userName' failed to satisfy constraint: Member must have length less than"
                + " or equal to 64"),
        Arguments.of(
            "a path without slashes",
            "cu-badpath",
            "team",
            "1 validation error detected: Value 'team' at 'path' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern:"
                + " (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"),
        Arguments.of(
            "a bad name and a bad path, reported together",
            "a b",
            "team",
            "2 validation errors detected: Value 'a b' at 'userName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+;"
                + " Value 'team' at 'path' failed to satisfy constraint: Member must satisfy"
                + " regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCreateUserMembers")
  void givenInvalidMember_createUser_failsWithAwsValidationMessage(
      String why, String name, String path, String message) {
    assertIamError(
        400, "ValidationError", message, () -> root.createUser(r -> r.userName(name).path(path)));
  }

  @Test
  void givenTagKeyInReservedAwsNamespace_createUser_failsWithInvalidInputAndCreatesNothing() {
    assertIamError(
        400,
        "InvalidInput",
        () -> root.createUser(r -> r.userName("cu-awstag").tags(tag("aws:team", "x"))));

    assertIamError(404, "NoSuchEntity", () -> root.getUser(r -> r.userName("cu-awstag")));
  }

  @Test
  void givenTagKeysDifferingOnlyInCase_createUser_failsWithInvalidInput() {
    assertIamError(
        400,
        "InvalidInput",
        "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
        () ->
            root.createUser(r -> r.userName("cu-duptags").tags(tag("env", "a"), tag("Env", "b"))));
    assertIamError(404, "NoSuchEntity", () -> root.getUser(r -> r.userName("cu-duptags")));
  }

  @Test
  void
      givenTagKeysDifferingOnlyInCaseInOneRequest_tagUser_failsWithInvalidInputAndChangesNothing() {
    root.createUser(r -> r.userName("tu-duptags").tags(tag("env", "dev")));

    assertIamError(
        400,
        "InvalidInput",
        "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
        () -> root.tagUser(r -> r.userName("tu-duptags").tags(tag("team", "a"), tag("TEAM", "b"))));
    assertEquals(
        List.of(tag("env", "dev")), root.getUser(r -> r.userName("tu-duptags")).user().tags());
  }

  // --- Errors naming a user that does not exist ----------------------------------------------

  static Stream<Arguments> operationsOnAMissingUser() {
    return Stream.of(
        Arguments.of("GetUser", (Executable) () -> root.getUser(r -> r.userName("ghost"))),
        Arguments.of("DeleteUser", (Executable) () -> root.deleteUser(r -> r.userName("ghost"))),
        Arguments.of(
            "TagUser",
            (Executable) () -> root.tagUser(r -> r.userName("ghost").tags(tag("k", "v")))),
        Arguments.of(
            "UntagUser", (Executable) () -> root.untagUser(r -> r.userName("ghost").tagKeys("k"))),
        Arguments.of(
            "CreateAccessKey", (Executable) () -> root.createAccessKey(r -> r.userName("ghost"))),
        Arguments.of(
            "ListAccessKeys", (Executable) () -> root.listAccessKeys(r -> r.userName("ghost"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationsOnAMissingUser")
  void givenUserThatDoesNotExist_operationNamingIt_failsWithNoSuchEntity(
      String operation, Executable call) {
    assertIamError(404, "NoSuchEntity", "The user with name ghost cannot be found.", call);
  }

  // --- ListUsers --------------------------------------------------------------------------------

  @Test
  void givenUsersWithTags_listUsers_describesThemWithoutTags() {
    root.createUser(r -> r.userName("lu-tagged").path("/listing/").tags(tag("team", "a")));

    ListUsersResponse response = root.listUsers(r -> r.pathPrefix("/listing/"));

    assertEquals(1, response.users().size(), response.toString());
    User listed = response.users().get(0);
    assertAll(
        () -> assertEquals("lu-tagged", listed.userName()),
        () -> assertEquals(IamAccounts.epsilonUser("listing/lu-tagged"), listed.arn()),
        () -> assertTrue(listed.userId().matches(AIDA), listed.userId()),
        () -> assertFalse(listed.hasTags(), "ListUsers leaves tags out, as AWS does"),
        () -> assertFalse(response.isTruncated()),
        () -> assertNull(response.marker()));
  }

  @Test
  void givenNoPathPrefix_listUsers_listsTheAccountsBootstrapUsersInNameOrder() {
    List<String> names = root.listUsersPaginator().users().stream().map(User::userName).toList();

    assertTrue(
        names.containsAll(List.of("ada", "nora", "policy-holder", "sam", "tess")),
        names.toString());
    assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
  }

  @Test
  void givenMoreUsersThanMaxItems_listUsersWithMarker_walksEveryPageUntilNotTruncated() {
    List<String> created = createUsers("/paging/", "pg-", 5);
    List<List<String>> pages = new ArrayList<>();
    List<Boolean> truncation = new ArrayList<>();

    String marker = null;
    do {
      String from = marker;
      ListUsersResponse page =
          root.listUsers(r -> r.pathPrefix("/paging/").maxItems(2).marker(from));
      pages.add(page.users().stream().map(User::userName).toList());
      truncation.add(page.isTruncated());
      assertEquals(page.isTruncated(), page.marker() != null, "a marker exactly when truncated");
      marker = page.marker();
    } while (marker != null);

    assertEquals(
        List.of(created.subList(0, 2), created.subList(2, 4), created.subList(4, 5)), pages);
    assertEquals(List.of(true, true, false), truncation);
  }

  @Test
  void givenMoreUsersThanMaxItems_sdkPaginator_returnsEveryUserOnceInOrder() {
    List<String> created = createUsers("/paginator/", "pgn-", 7);

    List<String> listed =
        root.listUsersPaginator(r -> r.pathPrefix("/paginator/").maxItems(3)).users().stream()
            .map(User::userName)
            .toList();

    assertEquals(created, listed);
  }

  @Test
  void givenExactlyMaxItemsUsers_listUsers_isNotTruncated() {
    List<String> created = createUsers("/exact/", "ex-", 3);

    ListUsersResponse page = root.listUsers(r -> r.pathPrefix("/exact/").maxItems(3));

    assertEquals(created, page.users().stream().map(User::userName).toList());
    assertFalse(page.isTruncated());
    assertNull(page.marker());
  }

  @Test
  void givenUserDeletedBetweenPages_listUsers_continuesAfterTheMarker() {
    List<String> created = createUsers("/shrinking/", "sh-", 4);
    ListUsersResponse first = root.listUsers(r -> r.pathPrefix("/shrinking/").maxItems(2));
    root.deleteUser(r -> r.userName(created.get(1)));

    ListUsersResponse second =
        root.listUsers(r -> r.pathPrefix("/shrinking/").maxItems(2).marker(first.marker()));

    assertEquals(created.subList(2, 4), second.users().stream().map(User::userName).toList());
    assertFalse(second.isTruncated());
  }

  static Stream<Arguments> pathPrefixes() {
    return Stream.of(
        Arguments.of("a prefix covering two paths", "/pfx/", List.of("pfx-a", "pfx-b")),
        Arguments.of("a complete path", "/pfx/a/", List.of("pfx-a")),
        Arguments.of(
            "a prefix that is not a whole path segment",
            "/pfx",
            List.of("pfx-a", "pfx-b", "pfx-other")),
        Arguments.of("a path nobody uses", "/pfx/none/", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathPrefixes")
  void givenUsersUnderSeveralPaths_listUsersWithPathPrefix_listsOnlyThoseUnderIt(
      String why, String prefix, List<String> expected) {
    ensureUser("pfx-a", "/pfx/a/");
    ensureUser("pfx-b", "/pfx/b/");
    ensureUser("pfx-other", "/pfxother/");

    List<String> listed =
        root.listUsers(r -> r.pathPrefix(prefix)).users().stream().map(User::userName).toList();

    assertEquals(expected, listed);
  }

  static Stream<Arguments> invalidListUsersMembers() {
    return Stream.of(
        Arguments.of(
            "MaxItems 0",
            0,
            "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 1"),
        Arguments.of(
            "MaxItems 1001",
            1001,
            "1 validation error detected: Value '1001' at 'maxItems' failed to satisfy"
                + " constraint: Member must have value less than or equal to 1000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidListUsersMembers")
  void givenMaxItemsOutOfRange_listUsers_failsWithValidationError(
      String why, int maxItems, String message) {
    assertIamError(
        400, "ValidationError", message, () -> root.listUsers(r -> r.maxItems(maxItems)));
  }

  @Test
  void givenPathPrefixWithoutLeadingSlash_listUsers_failsWithValidationError() {
    assertIamError(
        400,
        "ValidationError",
        "1 validation error detected: Value 'team' at 'pathPrefix' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern:"
            + " \\u002F[\\u0021-\\u007F]*",
        () -> root.listUsers(r -> r.pathPrefix("team")));
  }

  // --- TagUser and UntagUser --------------------------------------------------------------------

  @Test
  void givenTaggedUser_tagUser_addsNewKeysAndReplacesExistingOnesInAnyCase() {
    root.createUser(r -> r.userName("tu-tina").tags(tag("team", "a"), tag("env", "dev")));

    root.tagUser(r -> r.userName("tu-tina").tags(tag("TEAM", "b"), tag("owner", "ops")));

    assertEquals(
        List.of(tag("env", "dev"), tag("TEAM", "b"), tag("owner", "ops")),
        root.getUser(r -> r.userName("tu-tina")).user().tags());
  }

  @Test
  void givenUserWithFortyNineTags_tagUserWithTwoNewKeys_failsWithLimitExceededAndChangesNothing() {
    List<Tag> fortyNine = IntStream.rangeClosed(1, 49).mapToObj(i -> tag("k" + i, "v")).toList();
    root.createUser(r -> r.userName("tu-full").tags(fortyNine));

    assertIamError(
        409,
        "LimitExceeded",
        "Cannot exceed quota for TagsPerUser: 50",
        () -> root.tagUser(r -> r.userName("tu-full").tags(tag("x", "1"), tag("y", "2"))));
    assertEquals(fortyNine, root.getUser(r -> r.userName("tu-full")).user().tags());
  }

  @Test
  void givenUserWithFiftyTags_tagUserReplacingOne_succeeds() {
    List<Tag> fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> tag("k" + i, "v")).toList();
    root.createUser(r -> r.userName("tu-fifty").tags(fifty));

    root.tagUser(r -> r.userName("tu-fifty").tags(tag("K1", "new")));

    List<Tag> tags = root.getUser(r -> r.userName("tu-fifty")).user().tags();
    assertEquals(50, tags.size());
    assertTrue(tags.contains(tag("K1", "new")), tags.toString());
  }

  @Test
  void givenTaggedUser_untagUser_removesKeysInAnyCaseAndIgnoresUnknownOnes() {
    root.createUser(
        r -> r.userName("ut-uma").tags(tag("team", "a"), tag("env", "dev"), tag("owner", "x")));

    root.untagUser(r -> r.userName("ut-uma").tagKeys("TEAM", "owner", "never-there"));

    assertEquals(List.of(tag("env", "dev")), root.getUser(r -> r.userName("ut-uma")).user().tags());
  }

  // --- DeleteUser -------------------------------------------------------------------------------

  @Test
  void givenUserWithoutKeysOrPolicies_deleteUser_removesItEverywhere() {
    root.createUser(r -> r.userName("du-dave").path("/gone/"));

    root.deleteUser(r -> r.userName("DU-Dave"));

    assertIamError(
        404,
        "NoSuchEntity",
        "The user with name du-dave cannot be found.",
        () -> root.getUser(r -> r.userName("du-dave")));
    assertTrue(root.listUsers(r -> r.pathPrefix("/gone/")).users().isEmpty());
  }

  @Test
  void givenDeletedUser_createUserWithSameName_makesANewUserWithANewId() {
    String firstId = root.createUser(r -> r.userName("du-again")).user().userId();
    root.deleteUser(r -> r.userName("du-again"));

    String secondId = root.createUser(r -> r.userName("du-again")).user().userId();

    assertTrue(secondId.matches(AIDA), secondId);
    assertFalse(firstId.equals(secondId), "a re-created user is a different principal");
  }

  @Test
  void givenUserWithInlinePolicy_deleteUser_failsWithDeleteConflict() {
    assertIamError(
        409,
        "DeleteConflict",
        "Cannot delete entity, must delete policies first.",
        () -> root.deleteUser(r -> r.userName("policy-holder")));
    assertEquals("policy-holder", root.getUser(r -> r.userName("policy-holder")).user().userName());
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  /** Creates {@code count} users under the path, named so that their order is their number. */
  private static List<String> createUsers(String path, String prefix, int count) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String name = prefix + i;
      root.createUser(r -> r.userName(name).path(path));
      names.add(name);
    }
    return names;
  }

  /** Parameterized cases share the server: create the user only once. */
  private static void ensureUser(String name, String path) {
    if (root.listUsers(r -> r.pathPrefix(path)).users().stream()
        .noneMatch(user -> user.userName().equals(name))) {
      root.createUser(r -> r.userName(name).path(path));
    }
  }
}
