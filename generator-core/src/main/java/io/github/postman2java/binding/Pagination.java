package io.github.postman2java.binding;

import java.util.List;
import java.util.Objects;

/**
 * How an operation pages, in wire terms only: query parameter names and JSON property paths of
 * the 2xx body (a path is the property names from the body's top; an empty items path means the
 * body itself is the list). Found by {@link PaginationDetector} or declared by an override; the
 * generator turns it into page methods and an auto-pager.
 *
 * @param kind the scheme
 * @param items where the list of items is
 * @param param the query parameter that selects the page (cursor, page number, offset,
 *     {@code starting_after}); {@code null} for link-following kinds
 * @param sizeParam the page-size query parameter, or {@code null}
 * @param next where the next cursor / next URL is; for {@link Kind#PAGE_NUMBER} where the
 *     current page number is; empty when not used
 * @param hasMore where a "more pages" flag is, or empty
 * @param total where the total count is (pages for page numbers, items for offsets), or empty
 * @param itemId for {@link Kind#ITEM_CURSOR}: the item property sent as the cursor
 * @param evidence what the decision rests on, for the diagnostic (names only, never values)
 */
public record Pagination(
    Kind kind,
    List<String> items,
    String param,
    String sizeParam,
    List<String> next,
    List<String> hasMore,
    List<String> total,
    String itemId,
    String evidence) {

  /** Creates a pagination description. */
  public Pagination {
    Objects.requireNonNull(kind, "kind");
    items = List.copyOf(items);
    next = List.copyOf(next);
    hasMore = List.copyOf(hasMore);
    total = List.copyOf(total);
    Objects.requireNonNull(evidence, "evidence");
    boolean needsParam = kind != Kind.NEXT_URL && kind != Kind.LINK_HEADER;
    if (needsParam == (param == null)) {
      throw new IllegalArgumentException(kind + (needsParam ? " needs" : " takes no")
          + " query parameter");
    }
    if ((kind == Kind.CURSOR || kind == Kind.NEXT_URL || kind == Kind.ITEM_CURSOR)
        && next.isEmpty()) {
      throw new IllegalArgumentException(kind + " needs the path of the next cursor or URL");
    }
    if (kind == Kind.ITEM_CURSOR && itemId == null) {
      throw new IllegalArgumentException("ITEM_CURSOR needs the item's id property");
    }
  }

  /** Pagination schemes. */
  public enum Kind {
    /** {@code next} holds a cursor, sent back in {@code param}. */
    CURSOR,
    /** The last item's {@code itemId} is sent in {@code param} ({@code starting_after}). */
    ITEM_CURSOR,
    /** {@code next} holds the URL of the next page. */
    NEXT_URL,
    /** The {@code Link} response header's {@code rel="next"} URL. */
    LINK_HEADER,
    /** {@code param} is a page number, incremented. */
    PAGE_NUMBER,
    /** {@code param} is an offset, advanced by the number of items received. */
    OFFSET
  }

  /** A cursor at {@code next}, sent back in {@code param}. */
  public static Pagination cursor(List<String> items, String param, List<String> next,
      List<String> hasMore, String evidence) {
    return new Pagination(Kind.CURSOR, items, param, null, next, hasMore, List.of(), null,
        evidence);
  }

  /** The last item's {@code itemId} sent in {@code param} while {@code hasMore} says so. */
  public static Pagination itemCursor(List<String> items, String param, String itemId,
      List<String> hasMore, String evidence) {
    return new Pagination(Kind.ITEM_CURSOR, items, param, null, items, hasMore, List.of(),
        itemId, evidence);
  }

  /** The next page's URL at {@code next}. */
  public static Pagination nextUrl(List<String> items, List<String> next, String evidence) {
    return new Pagination(Kind.NEXT_URL, items, null, null, next, List.of(), List.of(), null,
        evidence);
  }

  /** The {@code Link} header's {@code rel="next"}. */
  public static Pagination linkHeader(List<String> items, String evidence) {
    return new Pagination(Kind.LINK_HEADER, items, null, null, List.of(), List.of(), List.of(),
        null, evidence);
  }

  /** Page numbers in {@code param}. */
  public static Pagination pageNumber(List<String> items, String param, String sizeParam,
      List<String> current, List<String> hasMore, List<String> totalPages, String evidence) {
    return new Pagination(Kind.PAGE_NUMBER, items, param, sizeParam, current, hasMore,
        totalPages, null, evidence);
  }

  /** Offsets in {@code param}. */
  public static Pagination offset(List<String> items, String param, String sizeParam,
      List<String> hasMore, List<String> total, String evidence) {
    return new Pagination(Kind.OFFSET, items, param, sizeParam, List.of(), hasMore, total, null,
        evidence);
  }
}
