package io.github.postman2java.recording;

import io.github.postman2java.collection.PostmanBody;
import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanFolder;
import io.github.postman2java.collection.PostmanItem;
import io.github.postman2java.collection.PostmanKeyValue;
import io.github.postman2java.collection.PostmanRequest;
import io.github.postman2java.collection.PostmanRequestItem;
import io.github.postman2java.collection.PostmanResponse;
import io.github.postman2java.recording.RecordedExample.Pair;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every saved example of a collection, by the JSON pointer of its saved response, and every
 * request's raw body, by the pointer of its request item. Lookups only: no iteration order
 * reaches output.
 */
public final class Recordings {
  private final Map<String, RecordedExample> examples;
  private final Map<String, String> requestBodies;

  private Recordings(Map<String, RecordedExample> examples, Map<String, String> requestBodies) {
    this.examples = examples;
    this.requestBodies = requestBodies;
  }

  /** Returns no recordings (fixtures not asked for). */
  public static Recordings none() {
    return new Recordings(Map.of(), Map.of());
  }

  /** Records every saved example of {@code collection}. */
  public static Recordings of(PostmanCollection collection) {
    Map<String, RecordedExample> examples = new HashMap<>();
    Map<String, String> bodies = new HashMap<>();
    Deque<PostmanItem> work = new ArrayDeque<>(collection.items());
    while (!work.isEmpty()) {
      PostmanItem item = work.pop();
      if (item instanceof PostmanFolder folder) {
        work.addAll(folder.items());
      } else if (item instanceof PostmanRequestItem request) {
        String own = rawBody(request.request());
        if (own != null) {
          bodies.put(request.location().pointer(), own);
        }
        for (PostmanResponse r : request.responses()) {
          PostmanRequest sent = r.originalRequest() != null ? r.originalRequest()
              : request.request();
          examples.put(r.location().pointer(), new RecordedExample(r.location().pointer(),
              r.name(), r.code(), pairs(r.headers()), r.body(), StrictJson.isJson(r.body()),
              pairs(sent.url().query()),
              rawBody(sent)));
        }
      }
    }
    return new Recordings(examples, bodies);
  }

  /** Returns the example saved at {@code pointer}, or {@code null}. */
  public RecordedExample example(String pointer) {
    return examples.get(pointer);
  }

  /** Returns the raw body text of the request item at {@code pointer}, or {@code null}. */
  public String requestBody(String pointer) {
    return requestBodies.get(pointer);
  }

  /** Returns whether the request body of the item at {@code pointer} is strict JSON. */
  public boolean requestBodyIsJson(String pointer) {
    return StrictJson.isJson(requestBodies.get(pointer));
  }

  private static String rawBody(PostmanRequest request) {
    PostmanBody body = request.body();
    if (body == null || body.disabled() || body.mode() != PostmanBody.Mode.RAW
        || body.raw() == null || body.raw().isEmpty()) {
      return null;
    }
    return body.raw();
  }

  private static List<Pair> pairs(List<PostmanKeyValue> entries) {
    List<Pair> out = new ArrayList<>();
    for (PostmanKeyValue e : entries) {
      if (!e.disabled() && !e.key().isEmpty()) {
        out.add(new Pair(e.key(), e.value()));
      }
    }
    return out;
  }
}
