package io.github.postman2java.secrets;

import io.github.postman2java.collection.PostmanAuth;
import io.github.postman2java.collection.PostmanBody;
import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanEvent;
import io.github.postman2java.collection.PostmanFolder;
import io.github.postman2java.collection.PostmanFormField;
import io.github.postman2java.collection.PostmanItem;
import io.github.postman2java.collection.PostmanKeyValue;
import io.github.postman2java.collection.PostmanRequest;
import io.github.postman2java.collection.PostmanRequestItem;
import io.github.postman2java.collection.PostmanResponse;
import io.github.postman2java.collection.PostmanUrl;
import io.github.postman2java.collection.PostmanVariable;
import io.github.postman2java.diag.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Rebuilds a collection with every string passed through a {@link StringPolicy}: names of every
 * item, folder, variable and example, URL parts, query, headers, descriptions at every level,
 * bodies, form fields, GraphQL text and variables, auth, scripts, example headers and bodies, and
 * the requests saved with examples. A new field of the {@code Postman*} records must be added
 * here, or it would reach output unredacted.
 */
final class CollectionRewrite {
  private final StringPolicy p;

  CollectionRewrite(StringPolicy policy) {
    this.p = policy;
  }

  PostmanCollection collection(PostmanCollection c) {
    SourceLocation at = c.location();
    return new PostmanCollection(c.fileName(), c.version(),
        text(at.child("info"), "name", "name", c.name()),
        text(at.child("info"), "description", "description", c.description()),
        items(c.items()), auth(at.child("auth"), c.auth()),
        variables(at.child("variable"), c.variables()), events(at.child("event"), c.events()),
        at);
  }

  /** One folder level being rebuilt: its items, the next index, the rebuilt items. */
  private record Frame(PostmanFolder folder, List<PostmanItem> in, int[] next,
      List<PostmanItem> out) {}

  /** Items in order; folders rebuilt bottom-up with an explicit stack (any depth). */
  private List<PostmanItem> items(List<PostmanItem> top) {
    List<PostmanRequestItem> rewritten = requests(top);
    int[] nextRequest = new int[1];
    ArrayDeque<Frame> stack = new ArrayDeque<>();
    Frame root = new Frame(null, top, new int[1], new ArrayList<>());
    stack.push(root);
    while (!stack.isEmpty()) {
      Frame f = stack.peek();
      if (f.next()[0] == f.in().size()) {
        stack.pop();
        if (f.folder() != null) {
          stack.peek().out().add(folder(f.folder(), f.out()));
        }
        continue;
      }
      PostmanItem item = f.in().get(f.next()[0]++);
      if (item instanceof PostmanFolder folder) {
        stack.push(new Frame(folder, folder.items(), new int[1], new ArrayList<>()));
      } else {
        f.out().add(rewritten.get(nextRequest[0]++));
      }
    }
    return root.out();
  }

  /**
   * Every request item rewritten, in the order {@link #items} meets them: in parallel when the
   * policy allows it ({@link StringPolicy#forItem}), the parts absorbed in that order.
   */
  private List<PostmanRequestItem> requests(List<PostmanItem> top) {
    List<PostmanRequestItem> requests = new ArrayList<>();
    ArrayDeque<Iterator<PostmanItem>> walk = new ArrayDeque<>();
    walk.push(top.iterator());
    while (!walk.isEmpty()) {
      Iterator<PostmanItem> it = walk.peek();
      if (!it.hasNext()) {
        walk.pop();
        continue;
      }
      PostmanItem item = it.next();
      if (item instanceof PostmanFolder folder) {
        walk.push(folder.items().iterator());
      } else {
        requests.add((PostmanRequestItem) item);
      }
    }
    if (p.forItem() == null) {
      return requests.stream().map(this::request).toList();
    }
    List<StringPolicy> parts = requests.stream().map(r -> p.forItem()).toList();
    List<PostmanRequestItem> out = IntStream.range(0, requests.size()).parallel()
        .mapToObj(i -> new CollectionRewrite(parts.get(i)).request(requests.get(i)))
        .toList();
    parts.forEach(p::absorb);
    return out;
  }

  /**
   * {@code p.text} of the member {@code token} of {@code at}; a member that is absent (most
   * descriptions, ports, fragments) needs neither a call nor a location.
   */
  private String text(SourceLocation at, String token, String kind, String value) {
    return value == null ? null : p.text(at.child(token), kind, value);
  }

  private PostmanFolder folder(PostmanFolder f, List<PostmanItem> items) {
    SourceLocation at = f.location();
    return new PostmanFolder(text(at, "name", "name", f.name()),
        text(at, "description", "description", f.description()), items,
        auth(at.child("auth"), f.auth()), variables(at.child("variable"), f.variables()),
        events(at.child("event"), f.events()), at);
  }

  private PostmanRequestItem request(PostmanRequestItem r) {
    SourceLocation at = r.location();
    List<PostmanResponse> responses = new ArrayList<>();
    for (PostmanResponse resp : r.responses()) {
      responses.add(response(resp));
    }
    return new PostmanRequestItem(text(at, "name", "name", r.name()),
        text(at, "description", "description", r.description()),
        request(r.request().location(), r.request()), responses,
        variables(at.child("variable"), r.variables()), events(at.child("event"), r.events()),
        at);
  }

  private PostmanResponse response(PostmanResponse r) {
    SourceLocation at = r.location();
    return new PostmanResponse(text(at, "name", "name", r.name()), r.code(),
        text(at, "status", "example status", r.status()),
        pairs(at.child("header"), "example header", r.headers()),
        p.body(at.child("body"), "example body", r.body()),
        r.previewLanguage(),
        r.originalRequest() == null ? null
            : request(at.child("originalRequest"), r.originalRequest()),
        at, r.bodyLocation());
  }

  private PostmanRequest request(SourceLocation at, PostmanRequest r) {
    return new PostmanRequest(r.method(), url(at.child("url"), r.url()),
        pairs(at.child("header"), "header", r.headers()), body(at.child("body"), r.body()),
        auth(at.child("auth"), r.auth()),
        text(at, "description", "description", r.description()), at);
  }

  private PostmanUrl url(SourceLocation at, PostmanUrl u) {
    List<String> host = new ArrayList<>();
    SourceLocation hostAt = at.child("host");
    for (int i = 0; i < u.host().size(); i++) {
      host.add(p.text(hostAt.child(i), "URL host", u.host().get(i)));
    }
    List<String> path = new ArrayList<>();
    SourceLocation pathAt = at.child("path");
    for (int i = 0; i < u.path().size(); i++) {
      path.add(p.text(pathAt.child(i), "URL path", u.path().get(i)));
    }
    // Parts before the raw text: a value found in both is reported where it is most precise.
    List<PostmanKeyValue> query = pairs(at.child("query"), "query parameter", u.query());
    List<PostmanVariable> variables = variables(at.child("variable"), u.variables());
    String hash = text(at, "hash", "URL fragment", u.hash());
    return new PostmanUrl(p.url(at.child("raw"), u.raw()),
        text(at, "protocol", "URL", u.protocol()), host,
        text(at, "port", "URL", u.port()), path, query, variables, hash);
  }

  private List<PostmanKeyValue> pairs(SourceLocation at, String kind, List<PostmanKeyValue> in) {
    List<PostmanKeyValue> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      PostmanKeyValue kv = in.get(i);
      SourceLocation a = at.child(i);
      out.add(new PostmanKeyValue(text(a, "key", kind + " name", kv.key()),
          p.named(a, kind, kv.key(), kv.value()), kv.disabled(),
          text(a, "description", "description", kv.description())));
    }
    return out;
  }

  private List<PostmanVariable> variables(SourceLocation at, List<PostmanVariable> in) {
    List<PostmanVariable> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      PostmanVariable v = in.get(i);
      // An environment's variable is reported in its own file.
      SourceLocation a = v.location() != null ? v.location() : at.child(i);
      // Postman's "secret" type marks the value a credential whatever the key says.
      String name = "secret".equalsIgnoreCase(v.type()) ? "secret" : v.key();
      out.add(new PostmanVariable(text(a, "key", "variable name", v.key()),
          p.named(a, "variable", name, v.value()), v.type(), v.disabled(),
          text(a, "description", "description", v.description()), v.location()));
    }
    return out;
  }

  private PostmanBody body(SourceLocation at, PostmanBody b) {
    if (b == null) {
      return null;
    }
    List<PostmanFormField> fields = new ArrayList<>();
    for (int i = 0; i < b.fields().size(); i++) {
      PostmanFormField f = b.fields().get(i);
      SourceLocation a = at.child(i);
      String value = f.file() ? text(a, "src", "form file", f.value())
          : p.named(a, "form field", f.key(), f.value());
      fields.add(new PostmanFormField(text(a, "key", "form field name", f.key()), value,
          f.file(), text(a, "contentType", "form field", f.contentType()), f.disabled(),
          text(a, "description", "description", f.description())));
    }
    return new PostmanBody(b.mode(), p.body(at, "request body", b.raw()), b.language(), fields,
        p.body(at.child("graphql").child("variables"), "GraphQL variables", b.graphqlVariables()),
        text(at, "file", "body file", b.fileSrc()), b.disabled());
  }

  private PostmanAuth auth(SourceLocation at, PostmanAuth a) {
    if (a == null) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    a.params().forEach((k, v) -> params.put(k, p.auth(at, a.type(), k, v)));
    return new PostmanAuth(a.type(), params);
  }

  private List<PostmanEvent> events(SourceLocation at, List<PostmanEvent> in) {
    List<PostmanEvent> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      PostmanEvent e = in.get(i);
      List<String> exec = new ArrayList<>();
      for (String line : e.exec()) {
        exec.add(p.script(at.child(i), line));
      }
      out.add(new PostmanEvent(e.listen(), exec, e.disabled()));
    }
    return out;
  }
}
