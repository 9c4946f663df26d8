package org.opensts.domain.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.opensts.domain.account.AccountId;

/**
 * An access key id: {@code AKIA…} for long-term keys, {@code ASIA…} for temporary ones, 20
 * characters. Like AWS's, characters 4–12 encode the owning account, so GetAccessKeyInfo needs no
 * lookup.
 */
public record AccessKeyId(String value) {

  private static final long ACCOUNT_OFFSET = 549_755_813_888L;
  private static final String LONG_TERM_PREFIX = "AKIA";
  private static final String TEMPORARY_PREFIX = "ASIA";

  public AccessKeyId {
    Objects.requireNonNull(value, "value");
  }

  public static AccessKeyId longTerm(AccountId account, RandomGenerator random) {
    return generate(LONG_TERM_PREFIX, account, random);
  }

  public static AccessKeyId temporary(AccountId account, RandomGenerator random) {
    return generate(TEMPORARY_PREFIX, account, random);
  }

  public boolean isTemporary() {
    return value.startsWith(TEMPORARY_PREFIX);
  }

  /**
   * The account encoded in the id; empty for ids that do not carry one (such as hand-made ones).
   */
  public Optional<AccountId> encodedAccount() {
    if (value.length() < 13 || !Base32Ids.isBase32(value.substring(4, 13), 0)) {
      return Optional.empty();
    }
    long encoded = 0;
    for (int i = 4; i < 12; i++) {
      encoded = (encoded << 5) | Base32Ids.ALPHABET.indexOf(value.charAt(i));
    }
    long lowBit = Base32Ids.ALPHABET.indexOf(value.charAt(12)) >= 16 ? 1 : 0;
    long account = 2 * (encoded - ACCOUNT_OFFSET) + lowBit;
    if (account < 0 || account > 999_999_999_999L) {
      return Optional.empty();
    }
    return Optional.of(AccountId.of(String.format("%012d", account)));
  }

  private static AccessKeyId generate(String prefix, AccountId account, RandomGenerator random) {
    long number = Long.parseLong(account.value());
    long encoded = number / 2 + ACCOUNT_OFFSET;
    StringBuilder id = new StringBuilder(prefix);
    for (int shift = 35; shift >= 0; shift -= 5) {
      id.append(Base32Ids.ALPHABET.charAt((int) ((encoded >>> shift) & 31)));
    }
    int lowBitHalf = (int) (number & 1) * 16;
    id.append(Base32Ids.ALPHABET.charAt(lowBitHalf + random.nextInt(16)));
    Base32Ids.appendRandom(id, 7, random);
    return new AccessKeyId(id.toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
