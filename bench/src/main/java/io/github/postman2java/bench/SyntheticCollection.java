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
  private final SyntheticRequests requests;
  private final int requestCount;

  private SyntheticCollection(int requests) {
    this.requestCount = requests;
    this.random = new SplittableRandom(0x9E3779B97F4A7C15L ^ (long) requests * 31L);
    // One random stream for structure, requests and values: same seed, same bytes.
    this.requests = new SyntheticRequests(random, new SyntheticBodies(random));
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
        requestCount));
    info.put("name", "Synthetic CRM API (" + requestCount + " requests)");
    info.put("description", "Deterministic synthetic CRM collection for postman2java benchmarks.");
    info.put("schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    g.writeFieldName("info");
    g.writeTree(info);
    g.writeFieldName("auth");
    g.writeTree(bearer("{{accessToken}}"));

    int moduleCount = (requestCount + OPS_PER_MODULE - 1) / OPS_PER_MODULE;
    List<Module> modules = new ArrayList<>();
    for (int i = 0; i < moduleCount; i++) {
      modules.add(module(i));
    }
    g.writeArrayFieldStart("item");
    int emitted = 0;
    for (String area : AREAS) {
      List<Module> inArea = modules.stream().filter(m -> m.area().equals(area)).toList();
      if (inArea.isEmpty() || emitted >= requestCount) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("name", area);
      g.writeStringField("description", area + " modules.");
      g.writeArrayFieldStart("item");
      for (Module m : inArea) {
        if (emitted >= requestCount) {
          break;
        }
        int take = Math.min(OPS_PER_MODULE, requestCount - emitted);
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
      ObjectNode request = requests.request(m, op);
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

  // ---- small helpers -------------------------------------------------------------------------

  static String render(ObjectNode body) {
    try {
      String text = PRETTY.writeValueAsString(body);
      // Unquoted Postman placeholders, as people write them for numeric ids.
      return text.replace("\"__VAR_ownerId__\"", "{{ownerId}}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode bearer(String token) {
    ObjectNode auth = F.objectNode();
    auth.put("type", "bearer");
    ObjectNode t = auth.putArray("bearer").addObject();
    t.put("key", "token");
    t.put("value", token);
    t.put("type", "string");
    return auth;
  }

  static ObjectNode header(String key, String value) {
    return F.objectNode().put("key", key).put("value", value);
  }

  static ObjectNode param(String key, String value, boolean disabled) {
    ObjectNode p = F.objectNode().put("key", key).put("value", value);
    if (disabled) {
      p.put("disabled", true);
    }
    return p;
  }

  static ObjectNode variable(String key, String value) {
    return F.objectNode().put("key", key).put("value", value).put("type", "string");
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  static String lowerCamel(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }


}
