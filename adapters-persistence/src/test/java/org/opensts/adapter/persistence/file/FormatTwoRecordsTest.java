package org.opensts.adapter.persistence.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.adapter.persistence.contract.AbstractWebTokenSigningKeyRingContractTest.sign;
import static org.opensts.adapter.persistence.contract.AbstractWebTokenSigningKeyRingContractTest.verifies;
import static org.opensts.adapter.persistence.file.TestFileStores.allBytes;
import static org.opensts.adapter.persistence.file.TestFileStores.contents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.domain.account.Account;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.organization.Organization;
import org.opensts.domain.organization.OrganizationFeature;
import org.opensts.domain.webtoken.OutboundFederation;
import org.opensts.domain.webtoken.SigningAlgorithm;
import org.opensts.domain.webtoken.WebTokenSigningKey;

/**
 * What the file stores add to the contract for the records of format 2 (web token signing keys,
 * outbound federation, organizations): state across a reopen and a snapshot, private keys sealed,
 * changes that cannot be made durable handed out to nobody, and directories of format 1.
 */
class FormatTwoRecordsTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant T1 = T0.plusSeconds(3600);
  private static final byte[] DATA = "eyJhbGciOiJSUzI1NiJ9.e30".getBytes(StandardCharsets.US_ASCII);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OutboundFederation FEDERATION =
      new OutboundFederation(TestAccounts.ALPHA, "0f8e2c44-4bb2-4e0e-9f1c-0d6c3b1a7e21", true);
  private static final Organization ORGANIZATION =
      new Organization(
          "o-abcdefghij",
          TestAccounts.ALPHA,
          Set.of(TestAccounts.BETA),
          Set.of(
              OrganizationFeature.ROOT_SESSIONS, OrganizationFeature.ROOT_CREDENTIALS_MANAGEMENT));

  @TempDir Path directory;

  /** Keys of both algorithms, RS256 rotated once, by id. */
  private static Map<String, WebTokenSigningKey> makeKeys(FileStores stores) {
    stores.webTokenKeys().current(SigningAlgorithm.RS256, T0);
    stores.webTokenKeys().current(SigningAlgorithm.ES384, T0);
    stores.webTokenKeys().rotate(SigningAlgorithm.RS256, T1);
    return byId(stores.webTokenKeys().published());
  }

  private static Map<String, WebTokenSigningKey> byId(List<WebTokenSigningKey> keys) {
    return keys.stream().collect(Collectors.toMap(WebTokenSigningKey::keyId, Function.identity()));
  }

  private void assertSameKeysAfterReopen(int compactEvery, boolean compact)
      throws GeneralSecurityException {
    Map<String, WebTokenSigningKey> before;
    Map<String, byte[]> signatures = new TreeMap<>();
    try (FileStores stores = TestFileStores.open(directory, compactEvery)) {
      before = makeKeys(stores);
      for (WebTokenSigningKey key : before.values()) {
        signatures.put(key.keyId(), sign(key, DATA));
      }
      if (compact) {
        stores.compact();
      }
    }

    try (FileStores reopened = TestFileStores.open(directory, compactEvery)) {
      Map<String, WebTokenSigningKey> after = byId(reopened.webTokenKeys().published());
      assertEquals(Set.of("RSA_0", "RSA_1", "EC384_0"), after.keySet());
      for (WebTokenSigningKey old : before.values()) {
        WebTokenSigningKey key = after.get(old.keyId());
        assertEquals(old.algorithm(), key.algorithm());
        assertEquals(old.createdAt(), key.createdAt());
        assertEquals(old.retiredAt(), key.retiredAt());
        assertArrayEquals(
            old.keyPair().getPublic().getEncoded(), key.keyPair().getPublic().getEncoded());
        assertTrue(verifies(key, DATA, signatures.get(key.keyId())), key.keyId());
        assertTrue(verifies(old, DATA, sign(key, DATA)), key.keyId());
      }
      assertEquals("RSA_1", reopened.webTokenKeys().current(SigningAlgorithm.RS256, T1).keyId());
      assertEquals("EC384_0", reopened.webTokenKeys().current(SigningAlgorithm.ES384, T1).keyId());
    }
  }

  @Test
  void givenKeysOfBothAlgorithms_reopen_publishesThemAndTheySignAndVerifyAsBefore()
      throws GeneralSecurityException {
    assertSameKeysAfterReopen(FileStores.Options.DEFAULT_COMPACT_EVERY, false);
  }

  @Test
  void givenKeysInASnapshot_reopen_publishesThemAndTheySignAndVerifyAsBefore()
      throws GeneralSecurityException {
    assertSameKeysAfterReopen(2, true);
  }

  @Test
  void givenPrunedKey_reopen_keepsItPrunedAndContinuesTheGenerations() {
    try (FileStores stores = TestFileStores.open(directory)) {
      makeKeys(stores);
      assertEquals(List.of("RSA_0"), stores.webTokenKeys().prune(T1));
    }

    try (FileStores reopened = TestFileStores.open(directory)) {
      assertEquals(Set.of("RSA_1", "EC384_0"), byId(reopened.webTokenKeys().published()).keySet());
      assertEquals("RSA_2", reopened.webTokenKeys().rotate(SigningAlgorithm.RS256, T1).keyId());
    }
  }

  @Test
  void givenSigningKeys_dataFiles_neverHoldThePrivateHalvesInClear() {
    Map<String, WebTokenSigningKey> keys;
    try (FileStores stores = TestFileStores.open(directory, 3)) {
      keys = makeKeys(stores);
      stores.compact();
    }

    String files = new String(allBytes(directory), StandardCharsets.ISO_8859_1);
    for (WebTokenSigningKey key : keys.values()) {
      byte[] secret = key.keyPair().getPrivate().getEncoded();
      for (String form :
          List.of(
              Base64.getEncoder().encodeToString(secret),
              Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
              HexFormat.of().formatHex(secret),
              new String(secret, StandardCharsets.ISO_8859_1))) {
        assertFalse(files.contains(form), key.keyId() + "'s private key is in clear");
      }
      assertTrue(
          files.contains(
              Base64.getEncoder().encodeToString(key.keyPair().getPublic().getEncoded())),
          "the files hold the public half of " + key.keyId());
    }
  }

  @Test
  void givenJournalThatCannotWrite_current_failsAndNoTokenCanBeSignedWithTheKey() {
    AtomicBoolean failing = new AtomicBoolean();
    try (FileStores stores =
        FileStores.open(
            directory,
            TestFileStores.MASTER_KEY,
            TestFileStores.KNOWN_DOCUMENTS,
            new FileStores.Options(FileStores.Options.DEFAULT_COMPACT_EVERY, Clock.systemUTC()),
            file -> new FailingChannel(file, failing))) {
      failing.set(true);

      assertThrows(
          DataDirectoryException.class,
          () -> stores.webTokenKeys().current(SigningAlgorithm.ES384, T0));
      failing.set(false);

      assertEquals(List.of(), stores.webTokenKeys().published());
      assertThrows(
          DataDirectoryException.class,
          () -> stores.webTokenKeys().current(SigningAlgorithm.ES384, T0));
      assertEquals(List.of(), stores.webTokenKeys().published());
    }

    try (FileStores reopened = TestFileStores.open(directory)) {
      assertEquals(List.of(), reopened.webTokenKeys().published());
    }
  }

  @Test
  void givenFederationAndOrganization_reopen_returnsThemEqual() {
    try (FileStores stores = TestFileStores.open(directory)) {
      stores.outboundFederation().save(FEDERATION.withEnabled(false));
      stores.outboundFederation().save(FEDERATION);
      stores.organizations().save(ORGANIZATION);
    }

    try (FileStores reopened = TestFileStores.open(directory)) {
      assertEquals(
          FEDERATION, reopened.outboundFederation().find(TestAccounts.ALPHA).orElseThrow());
      assertEquals(
          FEDERATION,
          reopened.outboundFederation().findByIssuerId(FEDERATION.issuerId()).orElseThrow());
      assertEquals(List.of(ORGANIZATION), reopened.organizations().all());
      assertEquals(
          ORGANIZATION, reopened.organizations().ofAccount(TestAccounts.BETA).orElseThrow());
    }
  }

  @Test
  void givenAccountMovedBetweenOrganizations_reopenFromASnapshot_holdsTheLatestOfEach() {
    Organization without =
        new Organization(ORGANIZATION.id(), TestAccounts.ALPHA, Set.of(), Set.of());
    Organization moved =
        new Organization(
            "o-zzzzzzzzzz", AccountId.of("333333333333"), Set.of(TestAccounts.BETA), Set.of());
    try (FileStores stores = TestFileStores.open(directory)) {
      stores.organizations().save(ORGANIZATION);
      stores.organizations().save(without);
      stores.organizations().save(moved);
      stores.compact();
    }

    try (FileStores reopened = TestFileStores.open(directory)) {
      assertEquals(List.of(without, moved), reopened.organizations().all());
      assertEquals(moved, reopened.organizations().ofAccount(TestAccounts.BETA).orElseThrow());
    }
  }

  @Test
  void givenRefusedOrganization_reopen_holdsNothingOfIt() {
    try (FileStores stores = TestFileStores.open(directory)) {
      stores.organizations().save(ORGANIZATION);
      assertThrows(
          IllegalArgumentException.class,
          () ->
              stores
                  .organizations()
                  .save(
                      new Organization(
                          "o-bbbbbbbbbb",
                          AccountId.of("333333333333"),
                          Set.of(TestAccounts.BETA),
                          Set.of())));
    }

    try (FileStores reopened = TestFileStores.open(directory)) {
      assertEquals(List.of(ORGANIZATION), reopened.organizations().all());
    }
  }

  @Test
  void givenEachNewType_dataFiles_holdOneTypedFormatTwoRecord() {
    try (FileStores stores = TestFileStores.open(directory)) {
      stores.webTokenKeys().current(SigningAlgorithm.RS256, T0);
      stores.outboundFederation().save(FEDERATION);
      stores.organizations().save(ORGANIZATION);
    }

    String files = new String(allBytes(directory), StandardCharsets.UTF_8);
    for (String type : List.of("webTokenKey", "outboundFederation", "organization")) {
      assertTrue(files.contains("{\"format\":2,\"type\":\"" + type + "\",\"op\":\"put\""), type);
    }
  }

  // Directories of format 1, and records no reader of this version may take.

  /** A directory as a server that wrote these changes leaves it: a journal, and the lock file. */
  private void writeJournal(ObjectNode... changes) {
    try {
      Files.createFile(directory.resolve("lock"));
      Path journal = DataFiles.journal(directory, 1);
      for (int i = 0; i < changes.length; i++) {
        Files.write(
            journal,
            LineCodec.journalLine(i + 1, changes[i]),
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode inFormat(int format, ObjectNode record) {
    record.put("format", format);
    return record;
  }

  @Test
  void givenDirectoryWrittenInFormatOne_open_readsItAndTakesTheNewRecords() {
    Account account = new Account(TestAccounts.ALPHA, "alpha", T0);
    writeJournal(inFormat(1, ChangeRecords.put(account)));

    try (FileStores stores = TestFileStores.open(directory, 3)) {
      assertEquals(account, stores.accounts().find(TestAccounts.ALPHA).orElseThrow());
      stores.outboundFederation().save(FEDERATION);
      stores.organizations().save(ORGANIZATION);
      stores.compact();
    }

    try (FileStores reopened = TestFileStores.open(directory, 3)) {
      assertEquals(account, reopened.accounts().find(TestAccounts.ALPHA).orElseThrow());
      assertEquals(
          FEDERATION, reopened.outboundFederation().find(TestAccounts.ALPHA).orElseThrow());
      assertEquals(List.of(ORGANIZATION), reopened.organizations().all());
    }
  }

  @Test
  void givenFormatOneRecordOfAFormatTwoType_open_failsAndChangesNothing() {
    writeJournal(inFormat(1, ChangeRecords.put(ORGANIZATION)));
    Map<String, byte[]> before = contents(directory);

    DataDirectoryException failure =
        assertThrows(DataDirectoryException.class, () -> TestFileStores.open(directory));

    assertTrue(
        failure.getMessage().contains("unknown type organization in format 1"),
        failure.getMessage());
    assertUnchanged(before);
  }

  @Test
  void givenRecordOfALaterFormat_open_failsAndChangesNothing() {
    writeJournal(inFormat(3, ChangeRecords.put(FEDERATION)));
    Map<String, byte[]> before = contents(directory);

    DataDirectoryException failure =
        assertThrows(DataDirectoryException.class, () -> TestFileStores.open(directory));

    assertTrue(failure.getMessage().contains("unsupported format 3"), failure.getMessage());
    assertUnchanged(before);
  }

  @Test
  void givenSealedPrivateKeyCopiedUnderAnotherKeyId_open_failsTheTagCheck() throws IOException {
    try (FileStores stores = TestFileStores.open(directory)) {
      stores.webTokenKeys().current(SigningAlgorithm.RS256, T0);
    }
    Path journal = DataFiles.journal(directory, 1);
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    JsonNode keyLine =
        lines.stream()
            .map(FormatTwoRecordsTest::parse)
            .filter(l -> l.path("change").path("type").asText().equals("webTokenKey"))
            .findFirst()
            .orElseThrow();
    ObjectNode copy = ((ObjectNode) keyLine.get("change")).deepCopy();
    copy.put("id", "RSA_7");
    Files.write(journal, LineCodec.journalLine(lines.size() + 1, copy), StandardOpenOption.APPEND);

    DataDirectoryException failure =
        assertThrows(DataDirectoryException.class, () -> TestFileStores.open(directory));

    assertTrue(failure.getMessage().contains("AES-GCM"), failure.getMessage());
    assertTrue(failure.getMessage().contains("webTokenKey RSA_7"), failure.getMessage());
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void assertUnchanged(Map<String, byte[]> before) {
    Map<String, byte[]> after = contents(directory);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }
}
