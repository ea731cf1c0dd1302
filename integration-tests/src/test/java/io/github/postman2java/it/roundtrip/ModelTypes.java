package io.github.postman2java.it.roundtrip;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the gate needs to know about compiled generated types, found by reflection: which classes
 * are object models (subclasses of the runtime's {@code JsonObject}) and their properties, and
 * which are open enums (a static {@code of(String)} and {@code known()}).
 */
final class ModelTypes {
  private final Class<?> jsonObject;
  private final TypeFactory typeFactory;

  ModelTypes(ClassLoader loader, String basePackage, TypeFactory typeFactory)
      throws ClassNotFoundException {
    this.jsonObject = Class.forName(basePackage + ".JsonObject", true, loader);
    this.typeFactory = typeFactory;
  }

  boolean isModel(JavaType type) {
    Class<?> c = type.getRawClass();
    return jsonObject.isAssignableFrom(c) && c != jsonObject;
  }

  static boolean isOpenEnum(JavaType type) {
    try {
      Method of = type.getRawClass().getMethod("of", String.class);
      type.getRawClass().getMethod("known");
      return Modifier.isStatic(of.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** JSON name → type of every property of the model {@code type} (its builder's setters). */
  Map<String, JavaType> properties(JavaType type) {
    Map<String, JavaType> out = new LinkedHashMap<>();
    try {
      setters(type.getRawClass()).forEach((name, setter) -> out.put(name,
          typeFactory.constructType(setter.getGenericParameterTypes()[0])));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " has no builder", e);
    }
    return out;
  }

  /** The builder setters of the model {@code c}: JSON name → setter. */
  static Map<String, Method> setters(Class<?> c) throws ReflectiveOperationException {
    Class<?> builder = c.getMethod("builder").getReturnType();
    Map<String, Method> out = new LinkedHashMap<>();
    for (Method m : builder.getDeclaredMethods()) {
      JsonProperty p = m.getAnnotation(JsonProperty.class);
      if (p != null && m.getParameterCount() == 1) {
        out.put(p.value(), m);
      }
    }
    return out;
  }
}
