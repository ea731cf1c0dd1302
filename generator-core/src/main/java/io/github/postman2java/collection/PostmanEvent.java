package io.github.postman2java.collection;

import java.util.List;

/** A script attached to a collection, folder or item ({@code prerequest} or {@code test}). */
public record PostmanEvent(String listen, List<String> exec, boolean disabled) {

  /** Creates an event. */
  public PostmanEvent {
    listen = listen == null ? "" : listen;
    exec = List.copyOf(exec);
  }
}
