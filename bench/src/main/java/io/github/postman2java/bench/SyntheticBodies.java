package io.github.postman2java.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.bench.SyntheticCollection.Field;
import io.github.postman2java.bench.SyntheticCollection.Kind;
import io.github.postman2java.bench.SyntheticCollection.Module;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The JSON bodies of {@link SyntheticCollection}: request bodies, success and error examples, and
 * the field values inside them (ids beyond 2^31, decimals, RFC 3339 date-times with offsets,
 * enums, nulls, optional fields). Draws from the collection's random stream, so the output stays
 * deterministic.
 */
final class SyntheticBodies {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String[] ENUM_STATUS = {"open", "in_progress", "won", "lost", "on_hold"};
  private static final String[] ENUM_PRIORITY = {"LOW", "MEDIUM", "HIGH", "URGENT"};
  private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "JPY", "INR"};
  private static final String[] CITIES = {"Austin", "Berlin", "Lyon", "Osaka", "Pune", "Leeds"};
  private static final String[] WORDS = {
    "alpha", "bravo", "cedar", "delta", "ember", "fjord", "garnet", "harbor", "iris", "juniper",
    "kestrel", "lumen", "maple", "nimbus", "onyx", "prairie", "quartz", "raven", "sierra", "tundra"
  };

  private final SplittableRandom random;

  SyntheticBodies(SplittableRandom random) {
    this.random = random;
  }

  ObjectNode requestBody(Module m, boolean partial) {
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

  ObjectNode successBody(Module m, int op, boolean minimal) {
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

  ObjectNode errorBody(int code, Module m) {
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

  private JsonNode value(Kind kind, String name) {
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

  String dateTime() {
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

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
