package io.github.postman2java.it.roundtrip;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/**
 * A mapper the gate reads and writes generated models with: Jackson 2 or Jackson 3, a plain one
 * or the client's own. Types are named by Jackson 2 {@link JavaType}s (the gate's own view of
 * the models); the Jackson 3 side rebuilds them from their canonical names.
 */
interface WireMapper {
  /** Reads {@code json} as {@code type}. */
  Object read(String json, JavaType type) throws Exception;

  /** Writes {@code value}, declared as {@code type}. */
  String write(Object value, JavaType type) throws Exception;

  /** Describes a failure of {@link #read} or {@link #write}: the JSON path and the first line. */
  static String describe(Exception e) {
    if (e instanceof JsonMappingException m) {
      return "at " + m.getPathReference() + ": " + firstLine(m.getOriginalMessage());
    }
    if (e instanceof tools.jackson.databind.DatabindException m) {
      return "at " + m.getPathReference() + ": " + firstLine(m.getOriginalMessage());
    }
    return e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage()));
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  static WireMapper jackson2(ObjectMapper mapper) {
    return new WireMapper() {
      @Override
      public Object read(String json, JavaType type) throws Exception {
        return mapper.readerFor(type).readValue(json);
      }

      @Override
      public String write(Object value, JavaType type) throws Exception {
        return mapper.writerFor(type).writeValueAsString(value);
      }
    };
  }

  /** A Jackson 3 mapper resolving the generated types through {@code loader}. */
  static WireMapper jackson3(tools.jackson.databind.ObjectMapper mapper, ClassLoader loader) {
    tools.jackson.databind.type.TypeFactory types =
        mapper.getTypeFactory().withClassLoader(loader);
    Map<String, tools.jackson.databind.JavaType> resolved = new HashMap<>();
    return new WireMapper() {
      private tools.jackson.databind.JavaType of(JavaType type) {
        return resolved.computeIfAbsent(type.toCanonical(), types::constructFromCanonical);
      }

      @Override
      public Object read(String json, JavaType type) {
        return mapper.readerFor(of(type)).readValue(json);
      }

      @Override
      public String write(Object value, JavaType type) {
        return mapper.writerFor(of(type)).writeValueAsString(value);
      }
    };
  }
}
