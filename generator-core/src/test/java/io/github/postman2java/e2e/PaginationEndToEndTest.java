package io.github.postman2java.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.zoho.Page;
import com.example.zoho.PagingShowcaseClient;
import com.example.zoho.model.CustomerList;
import com.example.zoho.model.Issue;
import com.example.zoho.model.LeadList;
import io.github.postman2java.e2e.LocalServer.Received;
import io.github.postman2java.e2e.LocalServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages through a local server with the client generated from golden case good/pagination: one
 * test per scheme the detector recognised, plus the ways a server can misbehave (a cursor that
 * never ends, empty pages while it says there are more, a next link to another host).
 */
class PaginationEndToEndTest {
  private static final Pattern NUMBER = Pattern.compile("(?:^|&)(\\w+)=([^&]*)");

  private static PagingShowcaseClient client(LocalServer server) {
    return PagingShowcaseClient.builder().baseUrl(server.baseUrl()).build();
  }

  private static String param(Received r, String name) {
    if (r.query() == null) {
      return null;
    }
    Matcher m = NUMBER.matcher(r.query());
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }

  private static String lead(int id) {
    return "{\"id\":\"" + id + "\",\"Last_Name\":\"L" + id + "\"}";
  }

  /** Zoho: page/per_page, info.more_records; page 2 is empty but more_records is still true. */
  private static Reply zoho(Received r) {
    int page = Integer.parseInt(param(r, "page"));
    String data = switch (page) {
      case 1 -> lead(1) + "," + lead(2);
      case 2 -> "";
      case 3 -> lead(3) + "," + lead(4);
      default -> lead(5);
    };
    return Reply.json("{\"data\":[" + data + "],\"info\":{\"per_page\":2,\"page\":" + page
        + ",\"more_records\":" + (page < 4) + "}}");
  }

  @Test
  void zohoStylePagesUntilMoreRecordsIsFalseAndSkipsAnEmptyPageInBetween() {
    try (LocalServer server = new LocalServer(PaginationEndToEndTest::zoho)) {
      Page<LeadList, LeadList.Lead> first =
          client(server).crm().listLeadsPage(null, null);

      assertThat(first.items()).extracting(LeadList.Lead::id)
          .containsExactly("1", "2");
      assertThat(first.hasNextPage()).isTrue();
      assertThat(server.received).hasSize(1); // the auto-pager has fetched nothing yet

      List<String> ids = new ArrayList<>();
      first.autoPager().forEach(d -> ids.add(d.id()));

      assertThat(ids).containsExactly("1", "2", "3", "4", "5");
      assertThat(server.received).extracting(r -> param(r, "page"))
          .containsExactly("1", "2", "3", "4");
      assertThat(server.received).extracting(r -> param(r, "per_page")).containsOnly("2");
    }
  }

  @Test
  void theStreamFetchesOnlyThePagesItConsumes() {
    try (LocalServer server = new LocalServer(PaginationEndToEndTest::zoho)) {
      List<String> ids = client(server).crm().listLeadsPage(null, null).autoPager().stream()
          .limit(3).map(LeadList.Lead::id).toList();

      assertThat(ids).containsExactly("1", "2", "3");
      assertThat(server.received).hasSize(3);
    }
  }

  @Test
  void asyncAutoPagerWalksEveryPageWithoutBlocking() throws Exception {
    try (LocalServer server = new LocalServer(PaginationEndToEndTest::zoho)) {
      List<String> ids = new java.util.concurrent.CopyOnWriteArrayList<>();
      client(server).crm().listLeadsPageAsync(null, null)
          .thenCompose(page -> page.autoPagerAsync().forEach(d -> ids.add(d.id())))
          .get(10, TimeUnit.SECONDS);

      assertThat(ids).containsExactly("1", "2", "3", "4", "5");
      var firstTwo = client(server).crm().listLeadsPageAsync(null, null)
          .thenCompose(page -> page.autoPagerAsync().take(2)).get(10, TimeUnit.SECONDS);
      assertThat(firstTwo).extracting(LeadList.Lead::id).containsExactly("1", "2");
    }
  }

  @Test
  void aServerThatIgnoresThePageParameterIsCaughtNotLoopedOn() {
    try (LocalServer server = new LocalServer(r -> Reply.json("{\"data\":[" + lead(1)
        + "],\"info\":{\"page\":1,\"more_records\":true}}"))) {
      var pager = client(server).crm().listLeadsPage(null, null).autoPager();

      assertThatThrownBy(() -> pager.forEach(d -> { }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("same page twice");
      assertThat(server.received.size()).isLessThanOrEqualTo(3);
    }
  }

  @Test
  void githubStyleFollowsLinkRelNextUntilThereIsNone() {
    AtomicReference<String> base = new AtomicReference<>();
    try (LocalServer server = new LocalServer(r -> {
      int page = param(r, "page") == null ? 1 : Integer.parseInt(param(r, "page"));
      Reply reply = Reply.json("[{\"id\":" + page + ",\"number\":" + page + ",\"title\":\"t\"}]")
          .withHeader("X-GitHub-Request-Id", "GH-" + page);
      if (page < 3) {
        reply = reply.withHeader("Link", "<" + base.get()
            + "/repositories/1296269/issues?per_page=1&page=" + (page + 1) + ">; rel=\"next\", <"
            + base.get() + "/repositories/1296269/issues?per_page=1&page=3>; rel=\"last\"");
      }
      return reply;
    })) {
      base.set(server.baseUrl().toString());
      var page = client(server).repos().listIssuesPage("octocat", "hello", "1");

      List<Long> numbers = page.autoPager().stream()
          .map(Issue::number).toList();

      assertThat(numbers).containsExactly(1L, 2L, 3L);
      assertThat(page.response().requestId()).isEqualTo("GH-1");
      assertThat(server.received.get(0).path()).isEqualTo("/repos/octocat/hello/issues");
      assertThat(server.received.get(1).path()).isEqualTo("/repositories/1296269/issues");
      assertThat(server.received.get(2).query()).isEqualTo("per_page=1&page=3");
    }
  }

  @Test
  void aLinkHeaderWinsOverTheDetectedScheme() {
    AtomicReference<String> base = new AtomicReference<>();
    try (LocalServer server = new LocalServer(r -> {
      boolean first = "1".equals(param(r, "page"));
      Reply reply = Reply.json("{\"data\":[" + lead(first ? 1 : 7) + "],\"info\":"
          + "{\"more_records\":true}}");
      return reply.withHeader("Link", first ? "<" + base.get() + "/crm/v2/Leads?page=7>; "
          + "rel=\"next\"" : "<" + base.get() + "/crm/v2/Leads?page=1>; rel=\"first\"");
    })) {
      base.set(server.baseUrl().toString());

      var ids = client(server).crm().listLeadsPage(null, null).autoPager().stream()
          .map(LeadList.Lead::id).toList();

      assertThat(ids).containsExactly("1", "7");
      assertThat(server.received).extracting(LocalServer.Received::query)
          .containsExactly("page=1&per_page=2", "page=7");
    }
  }

  @Test
  void aNextLinkToAnotherHostIsNotFollowed() {
    try (LocalServer server = new LocalServer(r -> Reply.json("[{\"id\":1}]")
        .withHeader("Link", "<https://elsewhere.example/issues?page=2>; rel=\"next\""))) {
      var page = client(server).repos().listIssuesPage("o", "r", null);

      assertThat(page.hasNextPage()).isTrue();
      assertThatThrownBy(page::nextPage).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("another origin");
      assertThat(server.received).hasSize(1);
    }
  }

  @Test
  void stripeStyleSendsTheLastIdAsStartingAfterWhileHasMore() {
    try (LocalServer server = new LocalServer(r -> {
      String after = param(r, "starting_after");
      int from = after == null ? 0 : Integer.parseInt(after.substring(4));
      boolean more = from < 4;
      return Reply.json("{\"object\":\"list\",\"url\":\"/v1/customers\",\"has_more\":" + more
          + ",\"data\":[{\"id\":\"cus_" + (from + 1) + "\"},{\"id\":\"cus_" + (from + 2)
          + "\"}]}").withHeader("Request-Id", "req_" + from);
    })) {
      List<String> ids = client(server).billing().listCustomersPage("2").autoPager().stream()
          .map(CustomerList.Customer::id).toList();

      assertThat(ids).containsExactly("cus_1", "cus_2", "cus_3", "cus_4", "cus_5", "cus_6");
      assertThat(server.received).extracting(r -> param(r, "starting_after"))
          .containsExactly(null, "cus_2", "cus_4");
      assertThat(server.received).extracting(r -> param(r, "limit")).containsOnly("2");
    }
  }

  @Test
  void stripeStyleEmptyPageThatClaimsMoreIsAnErrorNotTheEnd() {
    try (LocalServer server = new LocalServer(r -> Reply.json(
        "{\"object\":\"list\",\"has_more\":true,\"data\":[]}"))) {
      var page = client(server).billing().listCustomersPage("2");

      assertThat(page.items()).isEmpty();
      assertThat(page.hasNextPage()).isTrue();
      assertThatThrownBy(() -> page.autoPager().iterator().hasNext())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("empty page");
      assertThat(server.received).hasSize(1);
    }
  }

  @Test
  void aNeverEndingCursorStopsWithAClearException() {
    try (LocalServer server = new LocalServer(r -> Reply.json("{\"ok\":true,\"channels\":"
        + "[{\"id\":\"C1\"}],\"response_metadata\":{\"next_cursor\":\"same\"}}"))) {
      var pager = client(server).chat().listConversationsPage("1").autoPager();

      assertThatThrownBy(() -> pager.stream().count())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("same cursor twice")
          .hasMessageContaining("/conversations.list");
      assertThat(server.received).hasSize(2);
      assertThat(param(server.received.get(1), "cursor")).isEqualTo("same");
    }
  }

  @Test
  void cursorPagingEndsOnAnEmptyNextCursor() {
    try (LocalServer server = new LocalServer(r -> {
      String cursor = param(r, "cursor");
      String next = cursor == null ? "c2" : cursor.equals("c2") ? "c3" : "";
      return Reply.json("{\"channels\":[{\"id\":\"" + (cursor == null ? "c1" : cursor)
          + "\"}],\"response_metadata\":{\"next_cursor\":\"" + next + "\"}}");
    })) {
      var ids = client(server).chat().listConversationsPage(null).autoPager().stream()
          .map(c -> c.id()).toList();

      assertThat(ids).containsExactly("c1", "c2", "c3");
    }
  }

  @Test
  void nextUrlInTheBodyIsFollowedUntilNull() {
    try (LocalServer server = new LocalServer(r -> {
      String page = param(r, "page");
      String next = page == null ? "\"/api/products/?page=2\"" : "null";
      return Reply.json("{\"count\":2,\"next\":" + next + ",\"previous\":null,\"results\":"
          + "[{\"sku\":\"" + (page == null ? "A" : "B") + "\"}]}");
    })) {
      var skus = client(server).catalog().listProductsPage().autoPager().stream()
          .map(p -> p.sku()).toList();

      assertThat(skus).containsExactly("A", "B");
      assertThat(server.received.get(1).query()).isEqualTo("page=2");
    }
  }

  @Test
  void offsetPagingAdvancesByTheItemsReceivedUpToTheTotal() {
    try (LocalServer server = new LocalServer(r -> {
      int offset = Integer.parseInt(param(r, "offset"));
      StringBuilder items = new StringBuilder();
      for (int i = offset; i < Math.min(offset + 2, 5); i++) {
        items.append(i == offset ? "" : ",").append("{\"ticket_id\":").append(i).append('}');
      }
      return Reply.json("{\"tickets\":[" + items + "],\"total\":5}");
    })) {
      var ids = client(server).catalog().listTicketsPage(null, null).autoPager().stream()
          .map(t -> t.ticketId()).toList();

      assertThat(ids).containsExactly(0L, 1L, 2L, 3L, 4L);
      assertThat(server.received).extracting(r -> param(r, "offset"))
          .containsExactly("0", "2", "4");
    }
  }

  @Test
  void nextPageOfTheLastPageSaysSo() {
    try (LocalServer server = new LocalServer(r -> Reply.json(
        "{\"tickets\":[],\"total\":0}"))) {
      var page = client(server).catalog().listTicketsPage(null, null);

      assertThat(page.items()).isEmpty();
      assertThat(page.hasNextPage()).isFalse();
      assertThatThrownBy(page::nextPage).isInstanceOf(java.util.NoSuchElementException.class);
      assertThat(page.response().statusCode()).isEqualTo(200);
      assertThat(page.toString()).contains("0 items").contains("last");
    }
  }
}
