package io.github.postman2java.binding;

import io.github.postman2java.collection.PostmanKeyValue;
import io.github.postman2java.collection.PostmanRequestItem;
import io.github.postman2java.collection.PostmanResponse;
import io.github.postman2java.infer.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds how a request pages, from what the collection shows: the request's query parameters
 * (disabled ones and those of the examples' original requests included), the shape of its 2xx
 * body, and the headers and bodies of its saved 2xx responses. Pure: no state, no I/O.
 *
 * <p>Schemes, strongest evidence first: a {@code Link: <…>; rel="next"} header; Stripe-style
 * {@code has_more} + {@code starting_after} (the last item's {@code id}); a next cursor
 * ({@code next_cursor}, {@code next_page_token}, …) sent back in a cursor parameter; a next-page
 * URL in the body; a page-number parameter; an offset parameter. Each needs a list of items in
 * the body. Names are compared without case, {@code _} and {@code -}.
 */
public final class PaginationDetector {
  private static final List<String> ITEM_LISTS = List.of("data", "items", "results", "records",
      "entries", "values", "list", "elements", "content", "rows", "hits", "nodes", "objects");
  private static final Set<String> HAS_MORE = Set.of("hasmore", "morerecords", "hasnext",
      "hasnextpage", "moreitems", "hasmoreitems", "hasmorepages", "morepages", "hasmoreresults");
  private static final Set<String> NEXT_CURSOR = Set.of("nextcursor", "nextpagetoken",
      "nexttoken", "continuationtoken", "nextpagecursor", "nextcontinuationtoken",
      "nextmarker", "nextkey");
  private static final Set<String> NEXT_URL = Set.of("nexturl", "nextpageurl", "nextlink",
      "odatanextlink", "nexthref", "nextpage");
  private static final Set<String> LINK_PARENTS = Set.of("links", "paging", "pagination",
      "meta", "pageinfo", "page");
  private static final Set<String> TOTAL_PAGES = Set.of("totalpages", "pagecount", "lastpage",
      "numpages", "pagestotal");
  private static final Set<String> TOTAL_ITEMS = Set.of("total", "totalcount", "totalresults",
      "totalitems", "totalrecords", "totalsize", "totalhits", "count");
  private static final Set<String> CURRENT_PAGE = Set.of("page", "currentpage", "pagenumber",
      "pageno", "pageindex");
  private static final Set<String> CURSOR_PARAMS = Set.of("cursor", "pagetoken", "nexttoken",
      "continuationtoken", "continuation", "pagecursor", "page[cursor]", "page[after]", "after",
      "marker", "nextcursor", "nextpagetoken", "token");
  private static final Set<String> PAGE_PARAMS = Set.of("page", "pagenumber", "pageno",
      "page[number]", "pageindex", "currentpage");
  private static final Set<String> OFFSET_PARAMS = Set.of("offset", "skip", "start",
      "startindex", "page[offset]", "$skip");
  private static final Set<String> SIZE_PARAMS = Set.of("perpage", "pagesize", "limit",
      "size", "count", "maxresults", "page[size]", "page[limit]", "$top", "rows", "pagelimit",
      "max");
  private static final Pattern REL_NEXT = Pattern.compile(
      "<[^>]*>\\s*;[^,]*rel\\s*=\\s*\"?[^\",]*\\bnext\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_VALUE = Pattern.compile("^(https?://|/)");

  private PaginationDetector() {}

  /**
   * Returns how the request pages, or empty when the collection shows no paging.
   *
   * @param item the request item with its saved responses
   * @param success the inferred 2xx body shape, or {@code null}
   */
  public static Optional<Pagination> detect(PostmanRequestItem item, Shape success) {
    if (success == null) {
      return Optional.empty();
    }
    Optional<List<String>> items = items(success);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> params = queryKeys(item);
    List<PostmanResponse> ok = item.responses().stream()
        .filter(r -> r.code() == 0 || r.code() >= 200 && r.code() < 300).toList();
    Map<List<String>, Shape> fields = fields(success);
    List<String> list = items.get();
    String size = first(params, SIZE_PARAMS);
    List<String> hasMore = find(fields, HAS_MORE, Shape.Scalar.BOOLEAN);

    for (PostmanResponse r : ok) {
      for (PostmanKeyValue h : r.headers()) {
        if (h.key().equalsIgnoreCase("Link") && h.value() != null
            && REL_NEXT.matcher(h.value()).find()) {
          return Optional.of(Pagination.linkHeader(list,
              "the saved responses' Link header has rel=\"next\""));
        }
      }
    }
    String startingAfter = params.get("startingafter");
    boolean stripeList = fields.containsKey(List.of("object")) && fields.containsKey(
        List.of("url")) && list.equals(List.of("data"));
    if (hasMore.size() == 1 && itemHasId(success, list)
        && (startingAfter != null || stripeList)) {
      String param = startingAfter != null ? startingAfter : "starting_after";
      return Optional.of(Pagination.itemCursor(list, param, "id", hasMore,
          "'" + param + "' takes the last item's id while '" + String.join(".", hasMore)
              + "' is true"));
    }
    List<String> cursor = find(fields, NEXT_CURSOR, null);
    if (!cursor.isEmpty()) {
      String param = first(params, CURSOR_PARAMS);
      if (param == null && "GET".equalsIgnoreCase(item.request().method())) {
        // A POST usually carries its cursor in the body (Plaid): only a GET gets the default.
        param = conventionalParam(cursor.get(cursor.size() - 1));
      }
      if (param != null) {
        return Optional.of(Pagination.cursor(list, param, cursor, hasMore,
            "'" + String.join(".", cursor) + "' is sent back as query parameter '" + param
                + "'"));
      }
    }
    List<String> next = nextUrl(fields, ok);
    if (!next.isEmpty()) {
      return Optional.of(Pagination.nextUrl(list, next,
          "'" + String.join(".", next) + "' holds the next page's URL"));
    }
    String page = first(params, PAGE_PARAMS);
    if (page != null) {
      List<String> totalPages = find(fields, TOTAL_PAGES, Shape.Scalar.LONG);
      List<String> current = find(fields, CURRENT_PAGE, Shape.Scalar.LONG);
      return Optional.of(Pagination.pageNumber(list, page, size, current, hasMore, totalPages,
          "page number in query parameter '" + page + "'" + until(hasMore, totalPages,
              "pages")));
    }
    String offset = first(params, OFFSET_PARAMS);
    if (offset != null) {
      List<String> total = find(fields, TOTAL_ITEMS, Shape.Scalar.LONG);
      return Optional.of(Pagination.offset(list, offset, size, hasMore, total,
          "offset in query parameter '" + offset + "'" + until(hasMore, total, "items")));
    }
    return Optional.empty();
  }

  private static String until(List<String> hasMore, List<String> total, String what) {
    if (!hasMore.isEmpty()) {
      return "; more while '" + String.join(".", hasMore) + "' is true";
    }
    if (!total.isEmpty()) {
      return "; total " + what + " in '" + String.join(".", total) + "'";
    }
    return "; until a short or empty page";
  }

  /** Where the item list is: the body itself, a top-level array, or one inside an object. */
  static Optional<List<String>> items(Shape body) {
    if (body instanceof Shape.ArrayShape) {
      return Optional.of(List.of());
    }
    if (!(body instanceof Shape.ObjectShape object)) {
      return Optional.empty();
    }
    Optional<List<String>> top = arrayIn(object, List.of());
    if (top.isPresent()) {
      return top;
    }
    List<List<String>> nested = new ArrayList<>();
    for (Shape.Property p : object.properties()) {
      if (p.shape() instanceof Shape.ObjectShape inner) {
        arrayIn(inner, List.of(p.jsonName())).ifPresent(nested::add);
      }
    }
    return nested.size() == 1 ? Optional.of(nested.get(0)) : Optional.empty();
  }

  private static Optional<List<String>> arrayIn(Shape.ObjectShape object, List<String> prefix) {
    List<String> arrays = new ArrayList<>();
    for (Shape.Property p : object.properties()) {
      if (p.shape() instanceof Shape.ArrayShape a && !(a.items() instanceof Shape.ScalarShape)) {
        arrays.add(p.jsonName());
      }
    }
    for (String preferred : ITEM_LISTS) {
      for (String name : arrays) {
        if (normal(name).equals(preferred)) {
          return Optional.of(append(prefix, name));
        }
      }
    }
    return arrays.size() == 1 ? Optional.of(append(prefix, arrays.get(0))) : Optional.empty();
  }

  /** Scalars and objects at depth one and two, by path (arrays' contents left out). */
  private static Map<List<String>, Shape> fields(Shape body) {
    Map<List<String>, Shape> out = new LinkedHashMap<>();
    if (body instanceof Shape.ObjectShape object) {
      for (Shape.Property p : object.properties()) {
        out.put(List.of(p.jsonName()), p.shape());
        if (p.shape() instanceof Shape.ObjectShape inner) {
          for (Shape.Property q : inner.properties()) {
            out.put(List.of(p.jsonName(), q.jsonName()), q.shape());
            if (q.shape() instanceof Shape.ObjectShape third && normal(q.jsonName())
                .equals("cursors")) {
              third.properties().forEach(t -> out.put(List.of(p.jsonName(), q.jsonName(),
                  t.jsonName()), t.shape()));
            }
          }
        }
      }
    }
    return out;
  }

  /** The shortest path whose last name is one of {@code names}, of the given scalar kind. */
  private static List<String> find(Map<List<String>, Shape> fields, Set<String> names,
      Shape.Scalar kind) {
    List<String> best = List.of();
    for (Map.Entry<List<String>, Shape> e : fields.entrySet()) {
      List<String> path = e.getKey();
      if (!names.contains(normal(path.get(path.size() - 1)))) {
        continue;
      }
      boolean fits = kind == null ? isScalar(e.getValue())
          : e.getValue() instanceof Shape.ScalarShape s && (s.scalar() == kind
              || kind == Shape.Scalar.LONG && s.scalar() == Shape.Scalar.STRING
                  && names != CURRENT_PAGE);
      if (fits && (best.isEmpty() || path.size() < best.size())) {
        best = path;
      }
    }
    return best;
  }

  /** A next-page URL: a URL-named field, or {@code next} beside paging fields, holding URLs. */
  private static List<String> nextUrl(Map<List<String>, Shape> fields,
      List<PostmanResponse> ok) {
    for (Map.Entry<List<String>, Shape> e : fields.entrySet()) {
      List<String> path = e.getKey();
      String name = normal(path.get(path.size() - 1));
      boolean linkish = e.getValue() instanceof Shape.ObjectShape o && o.properties().stream()
          .anyMatch(p -> p.jsonName().equals("href"));
      if (!isScalar(e.getValue()) && !linkish) {
        continue;
      }
      boolean named = NEXT_URL.contains(name) && !name.equals("nextpage");
      boolean besideParent = name.equals("next") && path.size() >= 2
          && LINK_PARENTS.contains(normal(path.get(path.size() - 2)).replace("_", ""));
      boolean drf = name.equals("next") && path.size() == 1 && (fields.containsKey(
          List.of("previous")) || fields.containsKey(List.of("prev")));
      boolean pageUrl = name.equals("nextpage") && looksLikeUrl(path, ok);
      if ((named || besideParent || drf || pageUrl) && (linkish || looksLikeUrl(path, ok)
          || named)) {
        return path;
      }
    }
    return List.of();
  }

  /** Whether the saved bodies show a URL (absolute, or a path) under this field name. */
  private static boolean looksLikeUrl(List<String> path, List<PostmanResponse> ok) {
    String name = Pattern.quote(path.get(path.size() - 1));
    Pattern value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"");
    boolean sawValue = false;
    for (PostmanResponse r : ok) {
      if (r.body() == null) {
        continue;
      }
      var m = value.matcher(r.body());
      while (m.find()) {
        sawValue = true;
        if (URL_VALUE.matcher(m.group(1)).find()) {
          return true;
        }
      }
    }
    return !sawValue && path.size() >= 2; // only nulls seen: trust a links/paging parent
  }

  /** The cursor parameter an API conventionally pairs with a next-cursor field. */
  private static String conventionalParam(String field) {
    return switch (field) {
      case "nextPageToken" -> "pageToken";
      case "next_page_token" -> "page_token";
      case "next_cursor", "nextCursor" -> "cursor";
      default -> null;
    };
  }

  private static boolean itemHasId(Shape body, List<String> list) {
    Shape at = body;
    for (String name : list) {
      if (!(at instanceof Shape.ObjectShape o)) {
        return false;
      }
      at = o.properties().stream().filter(p -> p.jsonName().equals(name))
          .map(Shape.Property::shape).findFirst().orElse(null);
    }
    return at instanceof Shape.ArrayShape a && a.items() instanceof Shape.ObjectShape item
        && item.properties().stream().anyMatch(p -> p.jsonName().equals("id")
            && isScalar(p.shape()));
  }

  private static boolean isScalar(Shape shape) {
    return shape instanceof Shape.ScalarShape || shape instanceof Shape.EnumShape
        || shape instanceof Shape.NullShape;
  }

  /** Query keys of the request and of its examples' original requests, by normal form. */
  private static Map<String, String> queryKeys(PostmanRequestItem item) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<List<PostmanKeyValue>> queries = new LinkedHashSet<>();
    queries.add(item.request().url().query());
    for (PostmanResponse r : item.responses()) {
      if (r.originalRequest() != null && r.originalRequest().url() != null) {
        queries.add(r.originalRequest().url().query());
      }
    }
    for (List<PostmanKeyValue> query : queries) {
      for (PostmanKeyValue q : query) {
        if (q.key() != null && !q.key().isBlank()) {
          out.putIfAbsent(normal(q.key()), q.key());
        }
      }
    }
    return out;
  }

  private static String first(Map<String, String> params, Set<String> names) {
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (names.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace("@", "")
        .replace(".", "");
  }

  private static List<String> append(List<String> prefix, String name) {
    List<String> out = new ArrayList<>(prefix);
    out.add(name);
    return List.copyOf(out);
  }
}
