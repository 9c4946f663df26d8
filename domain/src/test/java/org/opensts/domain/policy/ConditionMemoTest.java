package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opensts.domain.fixture.TestConditions;

/**
 * Remembering conditions within one decision must never change an outcome: equal conditions of
 * different statements share one, different conditions never do, and a crowded memo still answers.
 */
class ConditionMemoTest {

  private static final String[] OPERATORS = {
    "StringEquals",
    "StringNotEquals",
    "StringLike",
    "ForAllValues:StringLike",
    "ForAnyValue:StringEquals",
    "StringEqualsIfExists",
    "NumericLessThan",
    "IpAddress",
    "Null",
    "Bool",
    "DateGreaterThan"
  };
  private static final String[] KEYS = {"test:a", "TEST:A", "test:b", "aws:TagKeys", "test:n"};
  private static final String[] VALUES = {
    "x", "y", "x*", "${test:b}", "10", "10.0.0.0/8", "true", "false", "2020-01-01T00:00:00Z"
  };

  @Test
  void givenRandomConditionsAndCopies_isSatisfied_answersAsTheConditionItself() {
    Random random = new Random(5L);
    for (int round = 0; round < 300; round++) {
      ConditionKeys keys = keys(random);
      ConditionMemo memo = new ConditionMemo(keys);
      List<Condition> conditions = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        // Half the time an equal copy of an earlier condition, as another statement would have.
        Condition condition =
            !conditions.isEmpty() && random.nextBoolean()
                ? copy(conditions.get(random.nextInt(conditions.size())))
                : randomCondition(random);
        conditions.add(condition);

        assertEquals(
            condition.isSatisfiedBy(keys), memo.isSatisfied(condition), condition::toString);
      }
    }
  }

  @Test
  void givenEqualConditions_sameAs_isTrueAndForAnyDifferenceFalse() {
    Condition condition = TestConditions.condition("StringEquals", "Test:Key", "a", "b");

    assertTrue(condition.sameAs(TestConditions.condition("StringEquals", "test:key", "a", "b")));
    assertFalse(condition.sameAs(TestConditions.condition("StringEquals", "test:key", "b", "a")));
    assertFalse(condition.sameAs(TestConditions.condition("StringEquals", "test:key", "a")));
    assertFalse(condition.sameAs(TestConditions.condition("StringLike", "test:key", "a", "b")));
    assertFalse(
        condition.sameAs(TestConditions.condition("StringEqualsIfExists", "test:key", "a", "b")));
    assertFalse(
        condition.sameAs(
            TestConditions.condition("ForAnyValue:StringEquals", "test:key", "a", "b")));
    assertFalse(condition.sameAs(TestConditions.condition("StringEquals", "test:other", "a", "b")));
  }

  private static ConditionKeys keys(Random random) {
    ConditionKeys.Builder keys = ConditionKeys.builder();
    if (random.nextBoolean()) {
      keys.put("test:a", VALUES[random.nextInt(VALUES.length)]);
    }
    if (random.nextBoolean()) {
      keys.put("test:b", VALUES[random.nextInt(VALUES.length)]);
    }
    if (random.nextBoolean()) {
      keys.put("aws:TagKeys", List.of("x", "y").subList(0, random.nextInt(3)));
    }
    keys.put("test:n", String.valueOf(random.nextInt(20)));
    return keys.build();
  }

  private static Condition randomCondition(Random random) {
    List<String> values = new ArrayList<>();
    for (int v = 1 + random.nextInt(2); v > 0; v--) {
      values.add(VALUES[random.nextInt(VALUES.length)]);
    }
    return TestConditions.condition(
        OPERATORS[random.nextInt(OPERATORS.length)], KEYS[random.nextInt(KEYS.length)], values);
  }

  private static Condition copy(Condition condition) {
    List<PolicyPattern> values = new ArrayList<>();
    for (PolicyPattern value : condition.values()) {
      values.add(PolicyPattern.compile(new String(value.source()), value.hasVariables()));
    }
    return new Condition(
        condition.operator(),
        condition.qualifier(),
        condition.ifExists(),
        new String(condition.key()),
        values);
  }
}
