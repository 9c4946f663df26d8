package org.opensts.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.account.AccountId;

/**
 * Access key ids as AWS makes them: a four-letter prefix, then 16 base-32 characters whose first
 * nine encode the owning account (Aidan Steele's and Tal Be'ery's analysis; LocalStack and moto
 * implement the same mapping).
 */
class AccessKeyIdTest {

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final AccountId ACCOUNT = AccountId.of("123456789012");

  static Stream<Arguments> generators() {
    return Stream.of(
        arguments(
            "a long-term key",
            "AKIA",
            (BiFunction<AccountId, RandomGenerator, AccessKeyId>) AccessKeyId::longTerm),
        arguments(
            "a temporary key",
            "ASIA",
            (BiFunction<AccountId, RandomGenerator, AccessKeyId>) AccessKeyId::temporary));
  }

  @ParameterizedTest(name = "{0} starts with {1}")
  @MethodSource("generators")
  void givenAccount_generate_makesTwentyBase32CharactersAfterThePrefix(
      String description,
      String prefix,
      BiFunction<AccountId, RandomGenerator, AccessKeyId> generate) {
    RandomGenerator random = new SplittableRandom(1);
    for (int i = 0; i < 200; i++) {
      String id = generate.apply(ACCOUNT, random).value();

      assertEquals(20, id.length(), id);
      assertTrue(id.startsWith(prefix), id);
      assertTrue(id.substring(4).chars().allMatch(c -> BASE32.indexOf(c) >= 0), id);
    }
  }

  @Test
  void givenLongTermKey_isTemporary_isFalse() {
    assertFalse(AccessKeyId.longTerm(ACCOUNT, new SplittableRandom(1)).isTemporary());
    assertFalse(new AccessKeyId("AKIAIOSFODNN7EXAMPLE").isTemporary());
  }

  @Test
  void givenTemporaryKey_isTemporary_isTrue() {
    assertTrue(AccessKeyId.temporary(ACCOUNT, new SplittableRandom(1)).isTemporary());
    assertTrue(new AccessKeyId("ASIAQAAAAAAAGMKEM7X5").isTemporary());
  }

  @Test
  void givenSameAccountAndRandom_generate_isRandomised() {
    RandomGenerator random = new SplittableRandom(1);

    assertNotEquals(AccessKeyId.longTerm(ACCOUNT, random), AccessKeyId.longTerm(ACCOUNT, random));
  }

  static Stream<Arguments> knownKeyIds() {
    return Stream.of(
        arguments(
            "LocalStack's temporary key of account 000000000000",
            "ASIAQAAAAAAAGMKEM7X5",
            "000000000000"),
        arguments(
            "LocalStack's long-term key of account 123456789012",
            "AKIARZPUZDIKGB2VALC4",
            "123456789012"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knownKeyIds")
  void givenKeyIdRecordedFromAws_encodedAccount_decodesTheAccount(
      String description, String keyId, String account) {
    assertEquals(Optional.of(AccountId.of(account)), new AccessKeyId(keyId).encodedAccount());
  }

  static Stream<Arguments> keyIdsWithoutAccount() {
    return Stream.of(
        arguments(
            "AWS's documentation example, which decodes below the account offset",
            "AKIAIOSFODNN7EXAMPLE"),
        arguments("too short to carry an account", "AKIAQAAAAAAA"),
        arguments("a digit outside the base-32 alphabet", "AKIAQ0AAAAAAGMKEM7X5"),
        arguments("lower-case letters", "AKIAqaaaaaaagmkem7x5"),
        arguments("an encoded number beyond 999999999999", "AKIA7777777777777777"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyIdsWithoutAccount")
  void givenKeyIdNotCarryingAnAccount_encodedAccount_isEmpty(String description, String keyId) {
    assertEquals(Optional.empty(), new AccessKeyId(keyId).encodedAccount());
  }

  static Stream<String> accounts() {
    SplittableRandom random = new SplittableRandom(42);
    return Stream.concat(
        Stream.of(
            "000000000000",
            "000000000001",
            "000000000002",
            "111111111111",
            "123456789012",
            "222222222222",
            "999999999998",
            "999999999999",
            "549755813888",
            "549755813889"),
        LongStream.generate(() -> random.nextLong(1_000_000_000_000L))
            .limit(300)
            .mapToObj(n -> String.format("%012d", n)));
  }

  @ParameterizedTest
  @MethodSource("accounts")
  void givenAnyAccount_generatedKeyIds_encodeIt(String account) {
    RandomGenerator random = new SplittableRandom(account.hashCode());
    AccountId id = AccountId.of(account);

    assertEquals(Optional.of(id), AccessKeyId.longTerm(id, random).encodedAccount());
    assertEquals(Optional.of(id), AccessKeyId.temporary(id, random).encodedAccount());
  }

  @Test
  void givenKeyId_changingItsLastSevenCharacters_keepsTheAccount() {
    assertEquals(
        Optional.of(AccountId.of("123456789012")),
        new AccessKeyId("AKIARZPUZDIKGAAAAAAA").encodedAccount());
  }

  @Test
  void givenKeyId_toString_isTheIdItself() {
    assertEquals("AKIARZPUZDIKGB2VALC4", new AccessKeyId("AKIARZPUZDIKGB2VALC4").toString());
  }
}
