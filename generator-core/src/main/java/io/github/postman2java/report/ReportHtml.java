package io.github.postman2java.report;

import io.github.postman2java.infer.EvidenceIndex.PositionEvidence;
import io.github.postman2java.report.ReportEntries.Field;
import io.github.postman2java.report.ReportEntries.Operation;
import io.github.postman2java.report.ReportEntries.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one static HTML page: no server, no CDN, works from {@code file://} and without
 * JavaScript. The only script filters entries by a word (also read from {@code #filter=word} in
 * the address); it marks the page {@code data-script="ok"} when it ran and records errors in
 * {@code data-errors}, which is how the browser test sees console errors.
 */
final class ReportHtml {
  private static final String STYLE = """
      body{font:14px/1.45 system-ui,sans-serif;margin:0 2em 3em;color:#222}
      h1{font-size:1.5em}h2{margin-top:2em;border-bottom:2px solid #ccc}
      section.entry{border:1px solid #ddd;border-radius:6px;padding:.5em 1em;margin:.8em 0}
      section.entry h3{margin:.2em 0;font-size:1.1em}
      table{border-collapse:collapse;width:100%;margin:.4em 0}
      th,td{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
      th{background:#f6f6f6}code,pre{font:12px ui-monospace,monospace}
      pre{background:#f7f7f7;padding:4px 6px;margin:2px 0;white-space:pre-wrap;word-break:break-all}
      .why{color:#555}.warn{color:#a40}.kind{color:#07a;font-weight:normal}
      #filter{font-size:1em;padding:4px 8px;width:24em}
      """;

  private static final String SCRIPT = """
      (function () {
        var box = document.getElementById('filter');
        function apply() {
          var q = box.value.trim().toLowerCase();
          var shown = 0;
          document.querySelectorAll('section.entry').forEach(function (s) {
            var own = q === '' || s.getAttribute('data-search').indexOf(q) >= 0;
            var rowHit = false;
            s.querySelectorAll('tr[data-search]').forEach(function (r) {
              var hit = q !== '' && r.getAttribute('data-search').indexOf(q) >= 0;
              rowHit = rowHit || hit;
              r.hidden = !(own || hit);
            });
            s.hidden = !(own || rowHit);
            if (!s.hidden) { shown++; }
          });
          document.getElementById('shown').textContent = String(shown);
        }
        box.addEventListener('input', apply);
        var m = /[#&]filter=([^&]*)/.exec(window.location.hash);
        if (m) { box.value = decodeURIComponent(m[1]); }
        apply();
        document.body.setAttribute('data-script', 'ok');
      })();
      """;

  private ReportHtml() {}

  static String render(ReportEntries.Report r) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>postman2java evidence report: ").append(esc(r.collection()))
        .append("</title>\n<script>window.onerror = function (m) {"
            + " var e = document.documentElement; e.setAttribute('data-errors',"
            + " (e.getAttribute('data-errors') || '') + m + ';'); };</script>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>Why each type is what it is</h1>\n<p>Collection <code>")
        .append(esc(r.collection())).append("</code>, package <code>")
        .append(esc(r.basePackage())).append("</code>: ").append(r.operations().size())
        .append(" request(s), ").append(r.types().size()).append(" type(s). Copy a snippet into"
            + " the overrides file (<code>&lt;collection&gt;.postman2java.json</code>) to change"
            + " a decision.</p>\n")
        .append("<p><label>Filter: <input id=\"filter\" type=\"search\""
            + " placeholder=\"type, field or request name\"></label> <span id=\"shown\">")
        .append(r.operations().size() + r.types().size())
        .append("</span> entries shown</p>\n")
        .append("<noscript><p>The filter needs JavaScript; everything is listed below.</p>"
            + "</noscript>\n");
    h.append("<h2 id=\"operations\">Requests</h2>\n");
    for (Operation op : r.operations()) {
      operation(h, op);
    }
    h.append("<h2 id=\"types\">Types</h2>\n");
    for (Type t : r.types()) {
      type(h, t);
    }
    if (!r.warnings().isEmpty()) {
      h.append("<h2 id=\"warnings\">All warnings</h2>\n<ul>\n");
      r.warnings().forEach(w -> h.append("<li class=\"warn\">").append(esc(w)).append("</li>\n"));
      h.append("</ul>\n");
    }
    h.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void operation(StringBuilder h, Operation op) {
    h.append("<section class=\"entry operation\" data-search=\"")
        .append(esc(search(op.address(), op.javaMethod(), op.url(), op.requestType(),
            op.responseType(), String.join(" ", op.errorTypes()))))
        .append("\">\n<h3>").append(esc(op.address())).append(" <span class=\"kind\">")
        .append(esc(op.httpMethod())).append(" ").append(esc(op.url())).append("</span></h3>\n")
        .append("<p><code>").append(esc(op.client())).append('.').append(esc(op.javaMethod()))
        .append("()</code> · request <code>").append(esc(op.requestType()))
        .append("</code> · response <code>").append(esc(op.responseType())).append("</code>");
    for (String e : op.errorTypes()) {
      h.append(" · <code>").append(esc(e)).append("</code>");
    }
    h.append("</p>\n");
    if (!op.examples().isEmpty()) {
      h.append("<table><tr><th>Example</th><th>Status</th><th>Read as</th></tr>\n");
      for (ReportEntries.Example e : op.examples()) {
        h.append("<tr><td>").append(esc(e.name())).append("</td><td>").append(e.status())
            .append("</td><td><code>").append(esc(e.bodyType())).append("</code></td></tr>\n");
      }
      h.append("</table>\n");
    }
    warnings(h, op.warnings());
    snippets(h, List.of(op.snippet()));
    h.append("</section>\n");
  }

  private static void type(StringBuilder h, Type t) {
    StringBuilder search = new StringBuilder(t.key()).append(' ').append(t.canonical());
    h.append("<section class=\"entry type\" id=\"type-").append(esc(t.key()))
        .append("\" data-search=\"").append(esc(search(search.toString()))).append("\">\n")
        .append("<h3>").append(esc(t.key())).append(" <span class=\"kind\">").append(t.kind())
        .append(" · ").append(esc(t.canonical())).append("</span></h3>\n");
    if (!t.occurrences().isEmpty()) {
      h.append("<p>Occurs at:</p><ul>\n");
      t.occurrences().forEach(o -> h.append("<li><code>").append(esc(o.address()))
          .append("</code></li>\n"));
      h.append("</ul>\n");
    }
    t.provenance().forEach(p -> h.append("<p class=\"why\">").append(esc(p)).append("</p>\n"));
    if (!t.fields().isEmpty()) {
      h.append("<table><tr><th>Member</th><th>Type</th><th>Evidence</th><th>Why</th>"
          + "<th>Override</th></tr>\n");
      t.fields().forEach(f -> field(h, f));
      h.append("</table>\n");
    }
    if (!t.constants().isEmpty()) {
      h.append("<table><tr><th>Constant</th><th>Wire value</th><th>Seen</th></tr>\n");
      for (ReportEntries.Constant c : t.constants()) {
        h.append("<tr data-search=\"").append(esc(search(c.javaName(), c.wireValue())))
            .append("\"><td><code>").append(esc(c.javaName())).append("</code></td><td><code>")
            .append(esc(c.wireValue())).append("</code></td><td>").append(c.seen())
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    warnings(h, t.warnings());
    snippets(h, t.snippets());
    h.append("</section>\n");
  }

  private static void field(StringBuilder h, Field f) {
    h.append("<tr data-search=\"").append(esc(search(f.javaName(), f.jsonName(), f.type())))
        .append("\"><td><code>").append(esc(f.javaName())).append("</code><br>JSON <code>")
        .append(esc(f.jsonName())).append("</code></td><td><code>").append(esc(f.type()))
        .append("</code><br>").append(f.required() ? "required" : "optional")
        .append(f.nullable() ? ", nullable" : "").append("</td><td>");
    PositionEvidence e = f.evidence();
    if (e == null) {
      h.append("no examples");
    } else {
      h.append("seen ").append(e.seen());
      if (e.parentObjects() > 0) {
        h.append(", present ").append(e.present()).append('/').append(e.parentObjects());
      }
      h.append(", null ").append(e.nulls()).append("<br>");
      h.append(esc(counts(e.kinds())));
      if (!e.values().isEmpty()) {
        h.append("<br>values: ").append(esc(counts(e.values())))
            .append(e.moreValues() ? ", …" : "");
      } else if (e.moreValues()) {
        h.append("<br>values not shown");
      }
    }
    h.append("</td><td class=\"why\">");
    f.reasons().forEach(x -> h.append(esc(x)).append("<br>"));
    f.overridden().forEach(x -> h.append("<b>").append(esc(x)).append("</b><br>"));
    h.append("</td><td>");
    f.snippets().forEach(s -> h.append("<pre>").append(esc(s)).append("</pre>"));
    h.append("</td></tr>\n");
  }

  private static void warnings(StringBuilder h, List<String> warnings) {
    warnings.forEach(w -> h.append("<p class=\"warn\">").append(esc(w)).append("</p>\n"));
  }

  private static void snippets(StringBuilder h, List<String> snippets) {
    if (!snippets.isEmpty()) {
      h.append("<p>Override:</p>");
      snippets.forEach(s -> h.append("<pre>").append(esc(s)).append("</pre>"));
      h.append('\n');
    }
  }

  private static String counts(Map<String, Integer> m) {
    StringBuilder out = new StringBuilder();
    m.forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append(" ×")
        .append(v));
    return out.toString();
  }

  private static String search(String... parts) {
    return String.join(" ", parts).toLowerCase(Locale.ROOT);
  }

  /** Escapes text for HTML content and double-quoted attributes. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
