package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.naming.TypeDecl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Generate stage: {@link NamedModel} → sorted {@link GeneratedFile}s. Pure: no I/O, no clock, no
 * locale; the same model always gives the same bytes.
 *
 * <ol>
 *   <li>Model classes and open enums into {@code <package>.model}.
 *   <li>The error-code enum, the root client and one client per folder into {@code <package>}.
 *   <li>The support classes from {@link RuntimeTemplates}.
 * </ol>
 */
public final class JavaGenerator {
  private JavaGenerator() {}

  /** Generates every file for {@code model} against Jackson 2, sorted by path. */
  public static List<GeneratedFile> generate(NamedModel model) {
    return generate(model, JacksonDialect.JACKSON_2);
  }

  /** Generates every file for {@code model} against {@code jackson}, sorted by path. */
  public static List<GeneratedFile> generate(NamedModel model, JacksonDialect jackson) {
    String header = header(model);
    TypeMapper types = new TypeMapper(model);
    ModelGenerator models = new ModelGenerator(types, model.basePackage());
    // Clients and model files are independent of each other: build and render them on every
    // core (large collections have hundreds), clients first, the largest tasks, so no core is
    // left with one at the end. The result is sorted below: order never depends on scheduling.
    List<Supplier<GeneratedFile>> tasks = new ArrayList<>();
    for (Supplier<TypeSpec> client : new ClientGenerator(model, types).generate()) {
      tasks.add(() -> {
        TypeSpec spec = client.get();
        return file(model.clientPackage(spec.name()), spec, header);
      });
    }
    for (TypeDecl decl : model.modelTypes()) {
      String pkg = model.typePackage(decl.simpleName());
      tasks.add(() -> file(pkg, models.generate(decl, ClassName.get(pkg, decl.simpleName())),
          header));
    }
    List<GeneratedFile> files = new ArrayList<>(Tasks.run(tasks));
    if (model.hasErrorCodes()) {
      ClassName errorCode = ClassName.get(model.basePackage(), model.errorCodeEnum());
      files.add(file(model.basePackage(), ErrorCodeEnumGenerator.generate(errorCode,
          model.errorCodes(), model.errorCodePlaces()), header));
    }
    for (String name : RuntimeTemplates.NAMES) {
      String text = RuntimeTemplates.render(name, model.basePackage(), errorCodeEnum(model),
          header, jackson);
      files.add(new GeneratedFile(path(model.basePackage(), name),
          model.clientPackages().isEmpty() ? text : SupportVisibility.open(name, text)));
    }
    files.sort(Comparator.comparing(GeneratedFile::relativePath));
    if (jackson == JacksonDialect.JACKSON_2) {
      return files;
    }
    return files.stream()
        .map(f -> new GeneratedFile(f.relativePath(), jackson.rewrite(f.content())))
        .toList();
  }

  /** The error-code enum's simple name, or {@code null} when no example carries a code. */
  static String errorCodeEnum(NamedModel model) {
    return model.hasErrorCodes() ? model.errorCodeEnum() : null;
  }

  /** The two lines every generated file starts with, Java or fixture resource. */
  static String header(NamedModel model) {
    return GeneratedFile.HEADER + " Do not edit.\n// Source: "
        + Javadocs.lineComment(model.collectionFile()) + "\n";
  }

  /**
   * Tells whether {@code file} is one of the support classes copied from {@link RuntimeTemplates}
   * (client runtime and fixtures):
   * they do not depend on the collection, so the golden tests check them once, not per case.
   */
  public static boolean isRuntimeSupport(GeneratedFile file, String basePackage) {
    String prefix = basePackage.replace('.', '/') + "/";
    String path = file.relativePath();
    if (!path.startsWith(prefix) || !path.endsWith(".java")) {
      return false;
    }
    String name = path.substring(prefix.length(), path.length() - ".java".length());
    return RuntimeTemplates.NAMES.contains(name) || name.startsWith("fixtures/")
        && FixturesGenerator.TEMPLATES.contains(name.substring("fixtures/".length()));
  }

  private static GeneratedFile file(String pkg, TypeSpec type, String header) {
    JavaFile javaFile = JavaFile.builder(pkg, type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    return new GeneratedFile(path(pkg, type.name()), header + javaFile);
  }

  private static String path(String pkg, String simpleName) {
    return pkg.replace('.', '/') + "/" + simpleName + ".java";
  }
}
