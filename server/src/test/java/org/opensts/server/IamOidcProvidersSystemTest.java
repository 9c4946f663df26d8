package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CreateOpenIdConnectProviderResponse;
import software.amazon.awssdk.services.iam.model.GetOpenIdConnectProviderResponse;
import software.amazon.awssdk.services.iam.model.OpenIDConnectProviderListEntry;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * IAM's OpenID Connect providers as a user of the AWS SDK sees them: create, get, list, delete and
 * their errors. Accounts in {@code iam-providers-bootstrap.json}; each test uses URLs of its own.
 */
class IamOidcProvidersSystemTest {

  private static final String THUMBPRINT = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";

  private static TestServer server;
  private static IamClient root;

  @BeforeAll
  static void start() {
    server = TestServer.start(ProviderAccounts.BOOTSTRAP);
    root = IamClients.iam(server, ProviderAccounts.ROOT);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String arn(String urlWithoutScheme) {
    return "arn:aws:iam::" + ProviderAccounts.ACCOUNT + ":oidc-provider/" + urlWithoutScheme;
  }

  @Test
  void givenUrlClientIdsAndThumbprint_createOpenIdConnectProvider_returnsTheArnWithoutScheme() {
    CreateOpenIdConnectProviderResponse created =
        root.createOpenIDConnectProvider(
            r ->
                r.url("https://create.example.com/tenant")
                    .clientIDList("sts.amazonaws.com", "my-app")
                    .thumbprintList(THUMBPRINT)
                    .tags(Tag.builder().key("team").value("identity").build()));

    assertEquals(arn("create.example.com/tenant"), created.openIDConnectProviderArn());
    assertEquals(List.of(Tag.builder().key("team").value("identity").build()), created.tags());
  }

  @Test
  void givenCreatedProvider_getOpenIdConnectProvider_returnsTheUrlWithoutSchemeAndItsLists() {
    Instant before = Instant.now().minusSeconds(2);
    String providerArn =
        root.createOpenIDConnectProvider(
                r ->
                    r.url("https://get.example.com")
                        .clientIDList("sts.amazonaws.com")
                        .thumbprintList(THUMBPRINT))
            .openIDConnectProviderArn();

    GetOpenIdConnectProviderResponse provider =
        root.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(providerArn));

    assertAll(
        () -> assertEquals("get.example.com", provider.url()),
        () -> assertEquals(List.of("sts.amazonaws.com"), provider.clientIDList()),
        () -> assertEquals(List.of(THUMBPRINT), provider.thumbprintList()),
        () -> assertFalse(provider.createDate().isBefore(before), "createDate"),
        () -> assertFalse(provider.hasTags(), "no tags were given"));
  }

  @Test
  void givenSameUrlTwice_createOpenIdConnectProvider_failsWithEntityAlreadyExists() {
    root.createOpenIDConnectProvider(r -> r.url("https://twice.example.com").clientIDList("a"));

    assertIamError(
        409,
        "EntityAlreadyExists",
        "Provider with url https://twice.example.com already exists.",
        () ->
            root.createOpenIDConnectProvider(
                r -> r.url("https://twice.example.com").clientIDList("b")));
  }

  @Test
  void givenHttpUrlOrPort_createOpenIdConnectProvider_failsWithInvalidInput() {
    assertIamError(
        400,
        "InvalidInput",
        () -> root.createOpenIDConnectProvider(r -> r.url("http://plain.example.com")));
    assertIamError(
        400,
        "InvalidInput",
        () -> root.createOpenIDConnectProvider(r -> r.url("https://port.example.com:8443")));
    assertIamError(
        400,
        "InvalidInput",
        () -> root.createOpenIDConnectProvider(r -> r.url("https://query.example.com/?a=b")));
  }

  @Test
  void givenBadThumbprints_createOpenIdConnectProvider_failsAsAwsDoes() {
    assertIamError(
        400,
        "ValidationError",
        () ->
            root.createOpenIDConnectProvider(
                r -> r.url("https://short.example.com").thumbprintList("abc")));
    assertIamError(
        400,
        "InvalidInput",
        () ->
            root.createOpenIDConnectProvider(
                r -> r.url("https://nothex.example.com").thumbprintList("z".repeat(40))));
    assertIamError(
        409,
        "LimitExceeded",
        "Cannot exceed quota for ThumbprintsPerOpenIdConnectProvider: 5",
        () ->
            root.createOpenIDConnectProvider(
                r ->
                    r.url("https://six.example.com")
                        .thumbprintList(
                            "1".repeat(40),
                            "2".repeat(40),
                            "3".repeat(40),
                            "4".repeat(40),
                            "5".repeat(40),
                            "6".repeat(40))));
  }

  @Test
  void givenProviders_listOpenIdConnectProviders_returnsTheirArns() {
    root.createOpenIDConnectProvider(r -> r.url("https://list-a.example.com"));
    root.createOpenIDConnectProvider(r -> r.url("https://list-b.example.com/path"));

    List<String> arns =
        root.listOpenIDConnectProviders().openIDConnectProviderList().stream()
            .map(OpenIDConnectProviderListEntry::arn)
            .toList();

    assertTrue(arns.contains(arn("list-a.example.com")), arns.toString());
    assertTrue(arns.contains(arn("list-b.example.com/path")), arns.toString());
  }

  @Test
  void givenDeletedProvider_getOpenIdConnectProvider_failsWithNoSuchEntity() {
    String providerArn =
        root.createOpenIDConnectProvider(r -> r.url("https://delete.example.com"))
            .openIDConnectProviderArn();

    root.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(providerArn));

    assertIamError(
        404,
        "NoSuchEntity",
        "OpenIDConnect Provider not found for arn " + providerArn,
        () -> root.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(providerArn)));
    assertIamError(
        404,
        "NoSuchEntity",
        () -> root.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(providerArn)));
    // The URL is free again.
    root.createOpenIDConnectProvider(r -> r.url("https://delete.example.com"));
  }

  @Test
  void givenMalformedArn_getOpenIdConnectProvider_failsWithInvalidInput() {
    assertIamError(
        400,
        "InvalidInput",
        () ->
            root.getOpenIDConnectProvider(
                r -> r.openIDConnectProviderArn("arn:aws:iam::777777777777:role/not-a-provider")));
  }

  @Test
  void givenAnotherAccountsProvider_getOpenIdConnectProvider_findsNothing() {
    IamClient other = IamClients.iam(server, ProviderAccounts.OTHER_ROOT);
    String providerArn =
        other
            .createOpenIDConnectProvider(r -> r.url("https://other.example.com"))
            .openIDConnectProviderArn();

    assertIamError(
        404,
        "NoSuchEntity",
        () -> root.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(providerArn)));
  }

  @Test
  void
      givenUserWithoutPolicy_openIdConnectProviderActions_failWithAccessDeniedWhetherOrNotItExists() {
    IamClient nopriv = IamClients.iam(server, ProviderAccounts.NOPRIV);
    String existing =
        root.createOpenIDConnectProvider(r -> r.url("https://denied.example.com"))
            .openIDConnectProviderArn();

    assertIamError(
        403, "AccessDenied", () -> nopriv.createOpenIDConnectProvider(r -> r.url("https://x.io")));
    assertIamError(
        403,
        "AccessDenied",
        () -> nopriv.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(existing)));
    assertIamError(
        403,
        "AccessDenied",
        () -> nopriv.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn("nope.io"))));
    assertIamError(403, "AccessDenied", nopriv::listOpenIDConnectProviders);
  }
}
