package io.github.postman2java.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic, CRM-like Postman v2.1 collection with a given number of requests.
 *
 * <p>Same arguments, same bytes: every choice comes from a {@link SplittableRandom} seeded from the
 * request count, and nothing reads the clock. The shape of the collection:
 *
 * <ul>
 *   <li>folders {@code area / module / Related} (depth 3), eight requests per module;
 *   <li>{@code {{baseUrl}}} and {@code {{apiVersion}}} in every URL, {@code :id} path variables
 *       with {@code url.variable} entries, some {@code {{recordId}}} path segments instead;
 *   <li>query parameters (paging, sorting, a date-time filter, one disabled parameter);
 *   <li>collection-level bearer auth, some requests with their own bearer token or none;
 *   <li>nested JSON request bodies, some with unquoted {@code {{var}}} placeholders;
 *   <li>2–6 saved examples per request: successes and 4xx errors, with longs beyond 2^31,
 *       decimals, RFC 3339 date-times (Z, offsets, fractions), nulls and omitted optional
 *       fields.
 * </ul>
 *
 * <p>Usage: {@code SyntheticCollection <requests> <out.json>}.
 */
public final class SyntheticCollection {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
  private static final int OPS_PER_MODULE = 8;

  private static final String[] AREAS = {
    "Sales", "Marketing", "Support", "Finance", "Operations", "Admin", "Analytics", "Integrations"
  };
  private static final String[] NOUNS = {
    "Account", "Contact", "Lead", "Deal", "Opportunity", "Task", "Note", "Call", "Meeting",
    "Campaign", "Product", "Quote", "Invoice", "SalesOrder", "PurchaseOrder", "Vendor", "Ticket",
    "Case", "Solution", "Territory", "Pipeline", "Stage", "Forecast", "PriceBook", "Contract",
    "Subscription", "Payment", "Refund", "Shipment", "Warehouse", "Asset", "Project",
    "Milestone", "Timesheet", "Expense", "Survey", "Segment", "Workflow", "Webhook", "Report"
  };
  private static final String[] QUALIFIERS = {
    "Partner", "Regional", "Custom", "Archived", "Enterprise", "Channel", "Global", "Legacy",
    "Trial", "Internal", "External", "Premium", "Reseller", "Franchise", "Seasonal", "Mobile"
  };
  private static final String[] ENUM_STATUS = {"open", "in_progress", "won", "lost", "on_hold"};
  private static final String[] ENUM_PRIORITY = {"LOW", "MEDIUM", "HIGH", "URGENT"};
  private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "JPY", "INR"};
  private static final String[] CITIES = {"Austin", "Berlin", "Lyon", "Osaka", "Pune", "Leeds"};
  private static final String[] WORDS = {
    "alpha", "bravo", "cedar", "delta", "ember", "fjord", "garnet", "harbor", "iris", "juniper",
    "kestrel", "lumen", "maple", "nimbus", "onyx", "prairie", "quartz", "raven", "sierra", "tundra"
  };

  /** Kinds of generated field. */
  enum Kind { LONG, INT, DECIMAL, DATETIME, DATE, BOOL, STRING, EMAIL, ENUM, PHONE, URL }

  /** One field of a module's record. */
  record Field(String name, Kind kind, boolean nullable, boolean optional) {}

  /** One module: a CRM entity with its fields. */
  record Module(String area, String name, String plural, List<Field> fields,
      List<Field> nested, String nestedName, List<Field> items, String itemsName) {}

  private static final String[] FIELD_STEMS = {
    "amount", "annual_revenue", "budget", "closing_date", "description", "discount", "email",
    "employees", "expected_revenue", "fax", "first_name", "industry", "last_activity_time",
    "last_name", "lead_source", "mobile", "phone", "priority", "probability", "quantity",
    "rating", "score", "secondary_email", "status", "tax", "title", "total", "unit_price",
    "website", "due_date", "start_time", "end_time", "currency_rate", "external_ref",
    "is_converted", "is_deleted", "approved", "tag_count", "region", "reference_number"
  };

  private final SplittableRandom random;
  private final int requests;

  private SyntheticCollection(int requests) {
    this.requests = requests;
    this.random = new SplittableRandom(0x9E3779B97F4A7C15L ^ (long) requests * 31L);
  }

  /** Entry point: {@code <requests> <out.json>}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SyntheticCollection <requests> <out.json>");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    write(n, out);
    System.out.printf(Locale.ROOT, "wrote %s: %d requests, %d bytes%n", out, n, Files.size(out));
  }

  /** Writes a collection of {@code requests} requests to {@code out}. */
  public static void write(int requests, Path out) throws IOException {
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Path temp = out.resolveSibling(out.getFileName() + ".tmp");
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(temp.toFile(),
        JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      new SyntheticCollection(requests).emit(g);
    }
    Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Returns {@code out}, writing it first unless it exists. */
  public static Path ensure(int requests, Path out) {
    try {
      if (!Files.isRegularFile(out)) {
        write(requests, out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void emit(JsonGenerator g) throws IOException {
    g.writeStartObject();
    ObjectNode info = F.objectNode();
    info.put("_postman_id", String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d",
        requests));
    info.put("name", "Synthetic CRM API (" + requests + " requests)");
    info.put("description", "Deterministic synthetic CRM collection for postman2java benchmarks.");
    info.put("schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    g.writeFieldName("info");
    g.writeTree(info);
    g.writeFieldName("auth");
    g.writeTree(bearer("{{accessToken}}"));

    int moduleCount = (requests + OPS_PER_MODULE - 1) / OPS_PER_MODULE;
    List<Module> modules = new ArrayList<>();
    for (int i = 0; i < moduleCount; i++) {
      modules.add(module(i));
    }
    g.writeArrayFieldStart("item");
    int emitted = 0;
    for (String area : AREAS) {
      List<Module> inArea = modules.stream().filter(m -> m.area().equals(area)).toList();
      if (inArea.isEmpty() || emitted >= requests) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("name", area);
      g.writeStringField("description", area + " modules.");
      g.writeArrayFieldStart("item");
      for (Module m : inArea) {
        if (emitted >= requests) {
          break;
        }
        int take = Math.min(OPS_PER_MODULE, requests - emitted);
        g.writeTree(moduleFolder(m, take));
        emitted += take;
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    ArrayNode vars = F.arrayNode();
    vars.add(variable("baseUrl", "https://api.crm.example.test"));
    vars.add(variable("apiVersion", "v3"));
    vars.add(variable("accessToken", ""));
    vars.add(variable("adminToken", ""));
    vars.add(variable("ownerId", "4100000000017"));
    vars.add(variable("recordId", "4100000000042"));
    g.writeFieldName("variable");
    g.writeTree(vars);
    g.writeEndObject();
  }

  // ---- modules -------------------------------------------------------------------------------

  private Module module(int index) {
    String noun = NOUNS[index % NOUNS.length];
    int round = index / NOUNS.length;
    String name = round == 0 ? noun
        : QUALIFIERS[(round - 1) % QUALIFIERS.length]
            + (round > QUALIFIERS.length ? String.valueOf(round / QUALIFIERS.length) : "") + noun;
    String area = AREAS[index % AREAS.length];
    String plural = snake(name) + (name.endsWith("y") ? "" : "s");
    if (name.endsWith("y")) {
      plural = plural.substring(0, plural.length() - 1) + "ies";
    }
    List<Field> fields = new ArrayList<>();
    int count = 6 + random.nextInt(9);
    List<String> used = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String stem = FIELD_STEMS[random.nextInt(FIELD_STEMS.length)];
      if (used.contains(stem)) {
        continue;
      }
      used.add(stem);
      fields.add(new Field(stem, kindOf(stem), random.nextInt(5) == 0, random.nextInt(4) == 0));
    }
    List<Field> nested = List.of(
        new Field("street", Kind.STRING, false, false),
        new Field("city", Kind.STRING, false, false),
        new Field("postal_code", Kind.STRING, true, false),
        new Field("country_code", Kind.STRING, false, random.nextBoolean()),
        new Field("latitude", Kind.DECIMAL, true, true),
        new Field("longitude", Kind.DECIMAL, true, true));
    String nestedName = random.nextBoolean() ? "billing_address" : "address";
    List<Field> items = new ArrayList<>();
    items.add(new Field("id", Kind.LONG, false, false));
    items.add(new Field("sku", Kind.STRING, false, false));
    items.add(new Field("quantity", Kind.INT, false, false));
    items.add(new Field("unit_price", Kind.DECIMAL, false, false));
    items.add(new Field("discount", Kind.DECIMAL, true, true));
    items.add(new Field("delivered_at", Kind.DATETIME, true, true));
    String itemsName = random.nextBoolean() ? "line_items" : snake(noun) + "_entries";
    return new Module(area, name, plural, fields, nested, nestedName, items, itemsName);
  }

  private static Kind kindOf(String stem) {
    if (stem.equals("email") || stem.equals("secondary_email")) {
      return Kind.EMAIL;
    }
    if (stem.endsWith("_date")) {
      return Kind.DATE;
    }
    if (stem.endsWith("_time")) {
      return Kind.DATETIME;
    }
    if (stem.startsWith("is_") || stem.equals("approved")) {
      return Kind.BOOL;
    }
    if (stem.equals("status")) {
      return Kind.ENUM;
    }
    if (stem.equals("priority")) {
      return Kind.ENUM;
    }
    if (stem.equals("phone") || stem.equals("mobile") || stem.equals("fax")) {
      return Kind.PHONE;
    }
    if (stem.equals("website")) {
      return Kind.URL;
    }
    if (stem.equals("external_ref") || stem.equals("reference_number")) {
      return Kind.LONG;
    }
    if (List.of("amount", "annual_revenue", "budget", "discount", "expected_revenue", "tax",
        "total", "unit_price", "currency_rate", "probability").contains(stem)) {
      return Kind.DECIMAL;
    }
    if (List.of("employees", "quantity", "rating", "score", "tag_count").contains(stem)) {
      return Kind.INT;
    }
    return Kind.STRING;
  }

  private ObjectNode moduleFolder(Module m, int take) {
    ObjectNode folder = F.objectNode();
    folder.put("name", m.name() + "s");
    ArrayNode items = folder.putArray("item");
    ArrayNode related = F.arrayNode();
    for (int op = 0; op < take; op++) {
      ObjectNode request = request(m, op);
      if (op == 6) {
        related.add(request);
      } else {
        items.add(request);
      }
    }
    if (!related.isEmpty()) {
      ObjectNode sub = items.addObject();
      sub.put("name", m.name() + " related");
      sub.set("item", related);
    }
    return folder;
  }

  // ---- requests ------------------------------------------------------------------------------

  private ObjectNode request(Module m, int op) {
    String idVar = lowerCamel(m.name()) + "Id";
    String base = "{{baseUrl}}/crm/{{apiVersion}}/" + m.plural();
    boolean recordIdVar = random.nextInt(6) == 0;
    String idSegment = recordIdVar ? "{{recordId}}" : ":" + idVar;
    String method;
    String name;
    List<String> path = new ArrayList<>(List.of("crm", "{{apiVersion}}", m.plural()));
    ArrayNode query = F.arrayNode();
    ObjectNode body = null;
    boolean hasId = false;
    switch (op) {
      case 0 -> {
        method = "GET";
        name = "List " + m.name() + "s";
        paging(query);
      }
      case 1 -> {
        method = "GET";
        name = "Get " + m.name();
        hasId = true;
        query.add(param("fields", "id,created_time,owner", false));
      }
      case 2 -> {
        method = "POST";
        name = "Create " + m.name();
        body = requestBody(m, false);
      }
      case 3 -> {
        method = "PATCH";
        name = "Update " + m.name();
        hasId = true;
        body = requestBody(m, true);
      }
      case 4 -> {
        method = "DELETE";
        name = "Delete " + m.name();
        hasId = true;
      }
      case 5 -> {
        method = "GET";
        name = "Search " + m.name() + "s";
        path.add("search");
        query.add(param("criteria", "(status:equals:open)", false));
        query.add(param("email", "{{searchEmail}}", false));
        query.add(param("modified_since", dateTime(), false));
        paging(query);
      }
      case 6 -> {
        method = "GET";
        name = "List " + m.name() + " notes";
        hasId = true;
        query.add(param("page", "1", false));
      }
      default -> {
        method = "POST";
        name = "Convert " + m.name();
        hasId = true;
        body = F.objectNode();
        body.put("overwrite", random.nextBoolean());
        body.put("notify_owner", true);
        ObjectNode assign = body.putObject("assign_to");
        assign.put("id", "__VAR_ownerId__");
        assign.put("email", "{{ownerEmail}}");
      }
    }
    if (hasId) {
      path.add(idSegment);
    }
    if (op == 6) {
      path.add("notes");
    }
    if (op == 7) {
      path.add("actions");
      path.add("convert");
    }

    ObjectNode req = F.objectNode();
    int authRoll = random.nextInt(30);
    if (authRoll < 3) {
      req.set("auth", bearer("{{adminToken}}"));
    } else if (authRoll == 3) {
      req.set("auth", F.objectNode().put("type", "noauth"));
    }
    req.put("method", method);
    ArrayNode headers = req.putArray("header");
    headers.add(header("Accept", "application/json"));
    if (body != null) {
      headers.add(header("Content-Type", "application/json"));
    }
    if (body != null) {
      ObjectNode b = req.putObject("body");
      b.put("mode", "raw");
      b.put("raw", render(body));
      b.putObject("options").putObject("raw").put("language", "json");
    }
    ObjectNode url = url(base, path, query, hasId && !recordIdVar ? idVar : null);
    req.set("url", url);
    req.put("description", name + " in the " + m.area() + " area. Returns the "
        + m.name().toLowerCase(Locale.ROOT) + " records visible to the caller.");

    ObjectNode item = F.objectNode();
    item.put("name", name);
    item.set("request", req);
    ArrayNode responses = item.putArray("response");
    int exampleCount = 2 + random.nextInt(5);
    for (int i = 0; i < exampleCount; i++) {
      responses.add(example(m, op, i, method, url));
    }
    return item;
  }

  private void paging(ArrayNode query) {
    query.add(param("page", String.valueOf(1 + random.nextInt(3)), false));
    query.add(param("per_page", "50", false));
    query.add(param("sort_by", random.nextBoolean() ? "modified_time" : "created_time", false));
    query.add(param("sort_order", "desc", true));
  }

  private ObjectNode url(String base, List<String> path, ArrayNode query, String idVar) {
    ObjectNode url = F.objectNode();
    StringBuilder raw = new StringBuilder("{{baseUrl}}/").append(String.join("/", path));
    boolean first = true;
    for (var q : query) {
      if (q.has("disabled")) {
        continue;
      }
      raw.append(first ? '?' : '&').append(q.get("key").asText()).append('=')
          .append(q.get("value").asText());
      first = false;
    }
    url.put("raw", raw.toString());
    url.putArray("host").add("{{baseUrl}}");
    ArrayNode p = url.putArray("path");
    path.forEach(p::add);
    if (!query.isEmpty()) {
      url.set("query", query);
    }
    if (idVar != null) {
      ObjectNode v = url.putArray("variable").addObject();
      v.put("key", idVar);
      v.put("value", "{{recordId}}");
      v.put("description", "The record's id.");
    }
    return url;
  }

  private ObjectNode requestBody(Module m, boolean partial) {
    ObjectNode root = F.objectNode();
    ArrayNode data = root.putArray("data");
    ObjectNode rec = data.addObject();
    for (Field f : m.fields()) {
      if (partial && random.nextBoolean()) {
        continue;
      }
      rec.set(f.name(), value(f.kind(), f.name()));
    }
    ObjectNode owner = rec.putObject("owner");
    owner.put("id", "__VAR_ownerId__");
    rec.set(m.nestedName(), nested(m.nested(), false));
    ArrayNode items = rec.putArray(m.itemsName());
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      items.add(nested(m.items(), false));
    }
    if (!partial) {
      ArrayNode trigger = root.putArray("trigger");
      trigger.add("workflow");
      trigger.add("approval");
    }
    return root;
  }

  // ---- examples ------------------------------------------------------------------------------

  private ObjectNode example(Module m, int op, int index, String method, ObjectNode url) {
    int code;
    String status;
    String exName;
    ObjectNode body;
    boolean minimal = false;
    if (index == 0 || (index == 1 && random.nextInt(3) == 0)) {
      minimal = index == 1;
      code = op == 2 ? 201 : op == 4 ? 204 : 200;
      status = code == 201 ? "Created" : code == 204 ? "No Content" : "OK";
      exName = minimal ? "Success (sparse record)" : "Success";
      body = code == 204 ? null : successBody(m, op, minimal);
    } else {
      int[] codes = {400, 401, 403, 404, 409, 422, 429};
      code = codes[random.nextInt(codes.length)];
      status = switch (code) {
        case 400 -> "Bad Request";
        case 401 -> "Unauthorized";
        case 403 -> "Forbidden";
        case 404 -> "Not Found";
        case 409 -> "Conflict";
        case 422 -> "Unprocessable Entity";
        default -> "Too Many Requests";
      };
      exName = status + " (" + index + ")";
      body = errorBody(code, m);
    }
    ObjectNode ex = F.objectNode();
    ex.put("name", exName);
    ObjectNode original = ex.putObject("originalRequest");
    original.put("method", method);
    original.putArray("header").add(header("Accept", "application/json"));
    original.set("url", url.deepCopy());
    ex.put("status", status);
    ex.put("code", code);
    ex.put("_postman_previewlanguage", body == null ? "text" : "json");
    ArrayNode headers = ex.putArray("header");
    if (body != null) {
      headers.add(header("Content-Type", "application/json;charset=UTF-8"));
    }
    headers.add(header("Date", "Tue, 05 Mar 2024 10:15:30 GMT"));
    headers.add(header("X-Request-Id", Long.toHexString(random.nextLong())));
    if (code == 429) {
      headers.add(header("Retry-After", "30"));
    }
    ex.putArray("cookie");
    ex.put("body", body == null ? "" : render(body));
    return ex;
  }

  private ObjectNode successBody(Module m, int op, boolean minimal) {
    ObjectNode root = F.objectNode();
    switch (op) {
      case 0, 5, 6 -> {
        ArrayNode data = root.putArray("data");
        int n = minimal ? 1 : 3 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
          data.add(op == 6 ? note() : record(m, minimal));
        }
        ObjectNode info = root.putObject("info");
        info.put("page", 1);
        info.put("per_page", 50);
        info.put("count", n);
        info.put("more_records", random.nextBoolean());
        if (random.nextBoolean()) {
          info.putNull("next_page_token");
        } else {
          info.put("next_page_token", Long.toHexString(random.nextLong()));
        }
      }
      case 1 -> root.putArray("data").add(record(m, minimal));
      default -> {
        ArrayNode data = root.putArray("data");
        ObjectNode r = data.addObject();
        r.put("code", "SUCCESS");
        r.put("status", "success");
        r.put("message", "record " + (op == 2 ? "added" : op == 3 ? "updated" : "converted"));
        ObjectNode details = r.putObject("details");
        details.put("id", id());
        details.put("Modified_Time", dateTime());
        details.put("Created_Time", dateTime());
        ObjectNode by = details.putObject("Created_By");
        by.put("id", id());
        by.put("name", word() + " " + word());
      }
    }
    return root;
  }

  private ObjectNode record(Module m, boolean minimal) {
    ObjectNode r = F.objectNode();
    r.put("id", id());
    r.put("created_time", dateTime());
    r.put("modified_time", dateTime());
    ObjectNode owner = r.putObject("owner");
    owner.put("id", id());
    owner.put("name", word() + " " + word());
    owner.put("email", word() + "@crm.example.test");
    for (Field f : m.fields()) {
      if (f.optional() && (minimal || random.nextInt(3) == 0)) {
        continue;
      }
      if (f.nullable() && (minimal || random.nextInt(3) == 0)) {
        r.putNull(f.name());
      } else {
        r.set(f.name(), value(f.kind(), f.name()));
      }
    }
    if (minimal && random.nextBoolean()) {
      r.putNull(m.nestedName());
    } else {
      r.set(m.nestedName(), nested(m.nested(), minimal));
    }
    ArrayNode items = r.putArray(m.itemsName());
    int n = minimal ? 0 : 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      items.add(nested(m.items(), false));
    }
    ArrayNode tags = r.putArray("tags");
    for (int i = random.nextInt(3); i > 0; i--) {
      tags.add(F.objectNode().put("name", word()).put("id", id()));
    }
    r.put("currency", CURRENCIES[random.nextInt(CURRENCIES.length)]);
    r.put("exchange_rate", new BigDecimal("1." + (1000 + random.nextInt(9000))));
    return r;
  }

  private ObjectNode note() {
    ObjectNode n = F.objectNode();
    n.put("id", id());
    n.put("note_title", word() + " follow-up");
    n.put("note_content", "Discussed " + word() + " and " + word() + ".");
    n.put("created_time", dateTime());
    ObjectNode parent = n.putObject("parent_id");
    parent.put("id", id());
    parent.put("module", "Accounts");
    if (random.nextBoolean()) {
      n.putNull("attachments");
    } else {
      n.putArray("attachments").addObject().put("file_name", word() + ".pdf")
          .put("size", 10_000 + random.nextInt(5_000_000));
    }
    return n;
  }

  private ObjectNode errorBody(int code, Module m) {
    ObjectNode root = F.objectNode();
    if (code == 401 || code == 429 || code == 403) {
      root.put("code", code == 401 ? "INVALID_TOKEN" : code == 403 ? "NO_PERMISSION"
          : "TOO_MANY_REQUESTS");
      root.put("message", "request rejected");
      root.put("status", "error");
      ObjectNode details = root.putObject("details");
      if (code == 429) {
        details.put("retry_after_seconds", 30);
        details.put("limit", 5000);
        details.put("window_reset_at", dateTime());
      }
      return root;
    }
    ArrayNode data = root.putArray("data");
    int n = 1 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      ObjectNode e = data.addObject();
      e.put("code", code == 404 ? "INVALID_URL_PATTERN" : code == 409 ? "DUPLICATE_DATA"
          : "INVALID_DATA");
      ObjectNode details = e.putObject("details");
      if (!m.fields().isEmpty()) {
        details.put("api_name", m.fields().get(random.nextInt(m.fields().size())).name());
      }
      details.put("expected_data_type", random.nextBoolean() ? "double" : "datetime");
      if (random.nextBoolean()) {
        details.putNull("json_path");
      } else {
        details.put("json_path", "$.data[0]." + word());
      }
      e.put("message", "invalid data");
      e.put("status", "error");
    }
    return root;
  }

  // ---- values --------------------------------------------------------------------------------

  private ObjectNode nested(List<Field> fields, boolean minimal) {
    ObjectNode o = F.objectNode();
    for (Field f : fields) {
      if (f.optional() && (minimal || random.nextInt(3) == 0)) {
        continue;
      }
      if (f.nullable() && random.nextInt(4) == 0) {
        o.putNull(f.name());
      } else {
        o.set(f.name(), value(f.kind(), f.name()));
      }
    }
    return o;
  }

  private com.fasterxml.jackson.databind.JsonNode value(Kind kind, String name) {
    return switch (kind) {
      case LONG -> F.numberNode(id());
      case INT -> F.numberNode(random.nextInt(10_000));
      case DECIMAL -> F.numberNode(new BigDecimal(random.nextInt(1_000_000) + "."
          + String.format(Locale.ROOT, "%02d", random.nextInt(100))));
      case DATETIME -> F.textNode(dateTime());
      case DATE -> F.textNode(String.format(Locale.ROOT, "20%02d-%02d-%02d",
          18 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28)));
      case BOOL -> F.booleanNode(random.nextBoolean());
      case EMAIL -> F.textNode(word() + "." + word() + "@crm.example.test");
      case ENUM -> F.textNode(name.equals("priority")
          ? ENUM_PRIORITY[random.nextInt(ENUM_PRIORITY.length)]
          : ENUM_STATUS[random.nextInt(ENUM_STATUS.length)]);
      case PHONE -> F.textNode(String.format(Locale.ROOT, "+1-555-%03d-%04d",
          random.nextInt(1000), random.nextInt(10_000)));
      case URL -> F.textNode("https://" + word() + ".example.test/");
      case STRING -> F.textNode(name.equals("city") ? CITIES[random.nextInt(CITIES.length)]
          : capitalize(word()) + " " + word() + " " + random.nextInt(1000));
    };
  }

  private long id() {
    return 4_100_000_000_000L + random.nextLong(1_000_000_000L);
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private String dateTime() {
    int variant = random.nextInt(4);
    String base = String.format(Locale.ROOT, "20%02d-%02d-%02dT%02d:%02d:%02d",
        18 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28),
        random.nextInt(24), random.nextInt(60), random.nextInt(60));
    return switch (variant) {
      case 0 -> base + "Z";
      case 1 -> base + "+05:30";
      case 2 -> base + "." + String.format(Locale.ROOT, "%03d", random.nextInt(1000)) + "Z";
      default -> base + "-07:00";
    };
  }

  // ---- small helpers -------------------------------------------------------------------------

  private static String render(ObjectNode body) {
    try {
      String text = PRETTY.writeValueAsString(body);
      // Unquoted Postman placeholders, as people write them for numeric ids.
      return text.replace("\"__VAR_ownerId__\"", "{{ownerId}}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode bearer(String token) {
    ObjectNode auth = F.objectNode();
    auth.put("type", "bearer");
    ObjectNode t = auth.putArray("bearer").addObject();
    t.put("key", "token");
    t.put("value", token);
    t.put("type", "string");
    return auth;
  }

  private static ObjectNode header(String key, String value) {
    return F.objectNode().put("key", key).put("value", value);
  }

  private static ObjectNode param(String key, String value, boolean disabled) {
    ObjectNode p = F.objectNode().put("key", key).put("value", value);
    if (disabled) {
      p.put("disabled", true);
    }
    return p;
  }

  private static ObjectNode variable(String key, String value) {
    return F.objectNode().put("key", key).put("value", value).put("type", "string");
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private static String lowerCamel(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
