package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;

/**
 * IAM's Marker/MaxItems paging: pages in key order, IsTruncated with a Marker exactly when more
 * items follow, and markers that stay valid while the list changes.
 */
class PaginationTest {

  private static final Function<String, String> KEY = Function.identity();

  @Test
  void givenNoMaxItems_page_returnsAtMostOneHundredItems() {
    List<String> items = names(150);

    Pagination.Slice<String> first = Pagination.page(items, KEY, null, null);

    assertEquals(Pagination.DEFAULT_MAX_ITEMS, first.items().size());
    assertEquals(items.subList(0, 100), first.items());
    assertTrue(first.truncated());
    assertNotNull(first.marker());
  }

  @Test
  void givenUnsortedItems_page_returnsThemInKeyOrder() {
    Pagination.Slice<String> page =
        Pagination.page(List.of("carol", "alice", "bob"), KEY, null, 10);

    assertEquals(List.of("alice", "bob", "carol"), page.items());
  }

  static Stream<Arguments> sizes() {
    return Stream.of(
        arguments("no items at all", 0, 2, List.of(0)),
        arguments("fewer items than a page", 1, 2, List.of(1)),
        arguments("exactly one full page", 2, 2, List.of(2)),
        arguments("one more than a page", 3, 2, List.of(2, 1)),
        arguments("several full pages", 6, 2, List.of(2, 2, 2)),
        arguments("pages of one", 3, 1, List.of(1, 1, 1)),
        arguments("the largest page AWS allows", 1001, 1000, List.of(1000, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sizes")
  void givenItems_walkingPagesWithMarkers_returnsEachItemOnceInOrder(
      String why, int count, int maxItems, List<Integer> pageSizes) {
    List<String> items = names(count);
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();

    String marker = null;
    do {
      Pagination.Slice<String> page = Pagination.page(items, KEY, marker, maxItems);
      assertEquals(page.truncated(), page.marker() != null, "a marker exactly when truncated");
      seen.addAll(page.items());
      sizes.add(page.items().size());
      marker = page.marker();
    } while (marker != null);

    assertEquals(items, seen);
    assertEquals(pageSizes, sizes);
  }

  @Test
  void givenLastItemOfAPageRemoved_nextPage_continuesAfterIt() {
    List<String> items = new ArrayList<>(List.of("a", "b", "c", "d"));
    String marker = Pagination.page(items, KEY, null, 2).marker();
    items.remove("b");

    Pagination.Slice<String> next = Pagination.page(items, KEY, marker, 2);

    assertEquals(List.of("c", "d"), next.items());
    assertFalse(next.truncated());
  }

  @Test
  void givenItemsAddedOnBothSidesOfTheMarker_nextPage_includesOnlyThoseAfterIt() {
    List<String> items = new ArrayList<>(List.of("b", "d", "f"));
    String marker = Pagination.page(items, KEY, null, 1).marker();
    items.addAll(List.of("a", "c"));

    Pagination.Slice<String> next = Pagination.page(items, KEY, marker, 10);

    assertEquals(List.of("c", "d", "f"), next.items());
  }

  @Test
  void givenKeyFunction_page_ordersAndMarksByTheKeyNotTheItem() {
    List<String> items = List.of("Bob", "alice", "Carol");
    Function<String, String> lowerCase = s -> s.toLowerCase(Locale.ROOT);

    Pagination.Slice<String> first = Pagination.page(items, lowerCase, null, 2);
    Pagination.Slice<String> second = Pagination.page(items, lowerCase, first.marker(), 2);

    assertEquals(List.of("alice", "Bob"), first.items());
    assertEquals(List.of("Carol"), second.items());
  }

  @Test
  void givenMarker_page_isOpaqueAndCarriesNoRawName() {
    String marker = Pagination.page(List.of("alice", "bob"), KEY, null, 1).marker();

    assertFalse(marker.contains("alice"), marker);
    assertTrue(marker.matches("[A-Za-z0-9_-]+"), marker);
  }

  static Stream<Arguments> invalidMarkers() {
    return Stream.of(
        arguments("characters outside base64", "not a marker!"),
        arguments("a stray percent sign", "%%%"),
        arguments("a single base64 character", "A"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMarkers")
  void givenMarkerThatWasNeverIssued_page_failsWithInvalidInput(String why, String marker) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> Pagination.page(List.of("a", "b"), KEY, marker, 1));

    assertEquals(ErrorCode.INVALID_INPUT, error.code());
    assertEquals("Invalid Marker.", error.getMessage());
  }

  @Test
  void givenEmptyList_page_isNotTruncatedAndHasNoMarker() {
    Pagination.Slice<String> page = Pagination.page(List.of(), KEY, null, 5);

    assertTrue(page.items().isEmpty());
    assertFalse(page.truncated());
    assertNull(page.marker());
  }

  /** item-0001, item-0002, …: names whose string order is their number order. */
  private static List<String> names(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("item-%04d", i)).toList();
  }
}
