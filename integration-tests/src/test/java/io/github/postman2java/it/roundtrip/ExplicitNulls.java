package io.github.postman2java.it.roundtrip;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The explicit-null check of the gate: every property of every request model (the request body
 * types and every model they reach), set to {@code null} through the builder, is written as a
 * member that is present and {@code null}, and nothing else is written.
 */
final class ExplicitNulls {
  private static final ObjectMapper READER = new ObjectMapper();
  private final ModelTypes types;
  private final Set<JavaType> models = new LinkedHashSet<>();

  ExplicitNulls(ModelTypes types) {
    this.types = types;
  }

  /** Adds the models a request body of {@code type} reaches. */
  void addRequestType(JavaType type) {
    Deque<JavaType> pending = new ArrayDeque<>(List.of(type));
    while (!pending.isEmpty()) {
      JavaType t = pending.poll();
      if (t.isContainerType()) {
        pending.add(t.getContentType());
      } else if (types.isModel(t) && models.add(t)) {
        pending.addAll(types.properties(t).values());
      }
    }
  }

  /** Checks every property with {@code mapper}; failures go to {@code report}. */
  void check(WireMapper mapper, String mapperName, RoundTripReport report) {
    for (JavaType type : models) {
      Class<?> model = type.getRawClass();
      try {
        for (var setter : ModelTypes.setters(model).entrySet()) {
          report.nullFields++;
          String problem = sendNull(mapper, type, setter.getKey(), setter.getValue());
          if (problem == null) {
            report.nullOk++;
          } else {
            report.fail("explicit null", mapperName + ": " + model.getName() + " "
                + setter.getKey() + ": " + problem);
          }
        }
      } catch (ReflectiveOperationException e) {
        report.fail("explicit null", model.getName() + ": " + e);
      }
    }
  }

  private static String sendNull(WireMapper mapper, JavaType type, String name,
      Method setter) {
    try {
      Object builder = type.getRawClass().getMethod("builder").invoke(null);
      setter.invoke(builder, (Object) null);
      Object built = builder.getClass().getMethod("build").invoke(builder);
      JsonNode written = READER.readTree(mapper.write(built, type));
      if (!written.has(name) || !written.get(name).isNull() || written.size() != 1) {
        return "written as " + written;
      }
      return null;
    } catch (Exception e) {
      return WireMapper.describe(e);
    }
  }
}
