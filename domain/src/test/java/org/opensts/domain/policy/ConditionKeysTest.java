package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The request's condition keys: names in any case, absent versus empty, one value or several. */
class ConditionKeysTest {

  @Test
  void givenKeyInAnyCase_values_findsIt() {
    ConditionKeys keys = ConditionKeys.builder().put("aws:PrincipalTag/Team", "blue").build();

    assertEquals(List.of("blue"), keys.values("aws:principaltag/team"));
    assertEquals(List.of("blue"), keys.values("AWS:PRINCIPALTAG/TEAM"));
    assertEquals("blue", keys.value("aws:PrincipalTag/Team"));
  }

  @Test
  void givenAbsentKey_values_isNull() {
    assertNull(ConditionKeys.NONE.values("aws:username"));
    assertNull(ConditionKeys.NONE.value("aws:username"));
  }

  @Test
  void givenEmptyKey_values_isEmptyButValueIsNull() {
    ConditionKeys keys = ConditionKeys.builder().put("aws:TagKeys", List.of()).build();

    assertEquals(List.of(), keys.values("aws:TagKeys"));
    assertNull(keys.value("aws:TagKeys"));
  }

  @Test
  void givenKeyPutTwiceInOtherCase_build_keepsTheLastValues() {
    ConditionKeys keys =
        ConditionKeys.builder().put("aws:username", "alice").put("AWS:UserName", "bob").build();

    assertEquals(List.of("bob"), keys.values("aws:username"));
  }

  @Test
  void givenAbsentValue_putIfPresent_leavesTheKeyOut() {
    ConditionKeys keys =
        ConditionKeys.builder()
            .putIfPresent("sts:ExternalId", null)
            .putIfPresent("sts:SourceIdentity", "me")
            .build();

    assertNull(keys.values("sts:ExternalId"));
    assertEquals("me", keys.value("sts:SourceIdentity"));
  }

  @Test
  void givenNullValue_put_isRefused() {
    assertThrows(NullPointerException.class, () -> ConditionKeys.builder().put("k", (String) null));
  }

  @Test
  void givenKeys_toBuilder_copiesThemAndAddsMore() {
    ConditionKeys original = ConditionKeys.builder().put("a:one", "1").build();

    ConditionKeys more = original.toBuilder().put("a:two", "2").build();

    assertEquals("1", more.value("a:one"));
    assertEquals("2", more.value("a:two"));
    assertNull(original.value("a:two"));
  }

  @Test
  void givenBuiltKeys_laterPutsOnTheBuilder_doNotReachThem() {
    ConditionKeys.Builder builder = ConditionKeys.builder().put("a:one", "1");
    ConditionKeys first = builder.build();

    ConditionKeys second = builder.put("a:two", "2").put("A:One", "changed").build();
    ConditionKeys third = builder.put("a:three", "3").build();

    assertEquals("1", first.value("a:one"));
    assertNull(first.value("a:two"));
    assertEquals("changed", second.value("a:one"));
    assertNull(second.value("a:three"));
    assertEquals("3", third.value("a:three"));
  }

  @Test
  void givenSeveralValues_singleValue_isNullAsForAPolicyVariable() {
    ConditionKeys keys =
        ConditionKeys.builder().put("aws:TagKeys", List.of("a", "b")).put("k", "v").build();

    assertNull(keys.singleValue("aws:tagkeys"));
    assertEquals("v", keys.singleValue("k"));
  }

  @Test
  void givenTypedReadings_entry_keepsOneReadingPerType() {
    ConditionKeys keys = ConditionKeys.builder().put("k", "10").build();
    ConditionKeys.Entry entry = keys.entry("k");

    assertEquals(new java.math.BigDecimal("10"), entry.read(ValueType.NUMBER, 0));
    assertEquals(java.time.Instant.ofEpochSecond(10), entry.read(ValueType.DATE, 0));
    assertEquals(new java.math.BigDecimal("10"), entry.read(ValueType.NUMBER, 0));
    assertNull(entry.read(ValueType.IP_ADDRESS, 0));
  }
}
