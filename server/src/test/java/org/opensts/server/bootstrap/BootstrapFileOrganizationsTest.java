package org.opensts.server.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.organization.Organization;
import org.opensts.domain.organization.OrganizationFeature;

/**
 * The bootstrap file's {@code organizations}: made of the file's own accounts, each in one
 * organization at most, with IAM's feature names; anything else is refused with its JSON path.
 */
class BootstrapFileOrganizationsTest {

  private static final String ACCOUNTS =
      "\"accounts\": [{\"accountId\": \"111111111111\"}, {\"accountId\": \"222222222222\"},"
          + " {\"accountId\": \"333333333333\"}]";

  @TempDir Path dir;

  private Path file(String organizations) throws IOException {
    return Files.writeString(
        dir.resolve("bootstrap.json"),
        "{" + ACCOUNTS + ", \"organizations\": [" + organizations + "]}");
  }

  @Test
  void givenOrganization_organizations_readsItsAccountsAndFeatures() throws IOException {
    Path file =
        file(
            "{\"id\": \"o-exampleorgid1\", \"managementAccount\": \"111111111111\","
                + " \"memberAccounts\": [\"222222222222\"], \"enabledFeatures\": [\"RootSessions\"]}");

    List<Organization> organizations = BootstrapFile.organizations(file);

    assertEquals(
        List.of(
            new Organization(
                "o-exampleorgid1",
                AccountId.of("111111111111"),
                Set.of(AccountId.of("222222222222")),
                Set.of(OrganizationFeature.ROOT_SESSIONS))),
        organizations);
  }

  static Stream<Arguments> brokenOrganizations() {
    return Stream.of(
        arguments(
            "a member account the file does not declare",
            "{\"id\": \"o-exampleorgid1\", \"managementAccount\": \"111111111111\","
                + " \"memberAccounts\": [\"444444444444\"]}",
            "$.organizations[0].memberAccounts[0]: '444444444444' is not an account of this file"),
        arguments(
            "no management account",
            "{\"id\": \"o-exampleorgid1\"}",
            "$.organizations[0].managementAccount: missing"),
        arguments(
            "an unknown feature",
            "{\"id\": \"o-exampleorgid1\", \"managementAccount\": \"111111111111\","
                + " \"enabledFeatures\": [\"RootPasswords\"]}",
            "$.organizations[0].enabledFeatures[0]: a feature is RootCredentialsManagement or"
                + " RootSessions, not 'RootPasswords'"),
        arguments(
            "an id that is not o- and 10 to 32 characters",
            "{\"id\": \"o-short\", \"managementAccount\": \"111111111111\"}",
            "$.organizations[0]: An organization id is o- and 10 to 32 [a-z0-9]: o-short"),
        arguments(
            "the management account among the members",
            "{\"id\": \"o-exampleorgid1\", \"managementAccount\": \"111111111111\","
                + " \"memberAccounts\": [\"111111111111\"]}",
            "$.organizations[0]: The management account is not a member account"),
        arguments(
            "an account in two organizations",
            "{\"id\": \"o-exampleorgid1\", \"managementAccount\": \"111111111111\","
                + " \"memberAccounts\": [\"222222222222\"]}, {\"id\": \"o-exampleorgid2\","
                + " \"managementAccount\": \"333333333333\", \"memberAccounts\": [\"222222222222\"]}",
            "$.organizations[1]: account 222222222222 is already in organization o-exampleorgid1"),
        arguments(
            "a misspelt field",
            "{\"id\": \"o-exampleorgid1\", \"managementAccount\": \"111111111111\","
                + " \"members\": []}",
            "$.organizations[0].members: unknown field"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenOrganizations")
  void givenBrokenOrganization_organizations_failsNamingTheEntryAndProblem(
      String why, String organizations, String expected) throws IOException {
    Path file = file(organizations);

    BootstrapException error =
        assertThrows(BootstrapException.class, () -> BootstrapFile.organizations(file));

    assertTrue(error.getMessage().contains(expected), error.getMessage());
  }
}
