package io.github.postman2java.testing;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes javac produced in memory (compile-testing), to run generated code. */
public final class CompiledClasses {
  private CompiledClasses() {}

  /** A class loader over the classes of {@code c}, delegating to the test's own loader. */
  public static ClassLoader loader(Compilation c) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject f : c.generatedFiles()) {
      if (f.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String name = f.getName().replaceFirst("^/?CLASS_OUTPUT/", "").replaceAll("\\.class$", "")
          .replace('/', '.');
      try (InputStream in = f.openInputStream()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        classes.put(name, out.toByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassLoader(CompiledClasses.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
      }
    };
  }
}
