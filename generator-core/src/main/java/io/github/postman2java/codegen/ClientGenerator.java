package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.postman2java.binding.Binding.AuthKind;
import io.github.postman2java.naming.ClientGroup;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.names.Namespace;
import io.github.postman2java.naming.OperationDecl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Generates the client classes: the root client with its builder, and one class per folder.
 * Every class holds the shared transport; folder clients are reached through accessor methods
 * ({@code crm.massUpdate().leads(...)}).
 */
final class ClientGenerator {
  private final NamedModel model;
  private final OperationGenerator operations;
  private final ClassName transport;
  private final ClassName config;
  private final ClassName requestOptions;

  ClientGenerator(NamedModel model, TypeMapper types) {
    this.model = model;
    this.operations = new OperationGenerator(types, model.basePackage(),
        new PageGenerator(types, model.basePackage(), model.modelTypes()));
    this.transport = ClassName.get(model.basePackage(), "ApiTransport");
    this.config = ClassName.get(model.basePackage(), "ClientConfig");
    this.requestOptions = ClassName.get(model.basePackage(), "RequestOptions");
  }

  /**
   * Returns every client class to build, the largest (most requests) first, each built on its
   * own when asked: a client depends only on its folder, so they are built in parallel.
   */
  List<Supplier<TypeSpec>> generate() {
    List<Sized> out = new java.util.ArrayList<>();
    addGroup(out, model.root(), true, model.basePackage());
    // Stable sort: equal sizes keep folder order.
    out.sort(java.util.Comparator.comparingInt(Sized::operations).reversed());
    return out.stream().map(Sized::build).toList();
  }

  /** A client to build and how many requests it has. */
  private record Sized(int operations, Supplier<TypeSpec> build) {}

  private void addGroup(List<Sized> out, ClientGroup group, boolean root,
      String parentPackage) {
    out.add(new Sized(group.operations().size(), () -> build(group, root, parentPackage)));
    for (ClientGroup child : group.children()) {
      addGroup(out, child, false, model.clientPackage(group.className()));
    }
  }

  private TypeSpec build(ClientGroup group, boolean root, String parentPackage) {
    ClassName name = ClassName.get(model.clientPackage(group.className()), group.className());
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(transport, "transport", Modifier.PRIVATE, Modifier.FINAL);
    group.docLines().forEach(l -> type.addJavadoc("$L\n", Javadocs.escape(l)));
    String separator = group.docLines().isEmpty() ? "" : "\n<p>";
    if (root) {
      type.addJavadoc("$LClient for the Postman collection \"$L\".\n", separator,
          Javadocs.line(group.title()));
    } else {
      type.addJavadoc("$LRequests of the folder \"$L\"; get it from the parent client.\n",
          separator, Javadocs.line(group.title()));
    }
    Set<String> taken = new HashSet<>();
    group.operations().forEach(op -> {
      taken.add(op.javaMethod());
      taken.add(op.javaMethod() + "WithResponse");
      taken.add(op.javaMethod() + "Async");
    });
    group.children().forEach(c -> taken.add(c.accessor()));
    taken.add("transport");
    Namespace privateNames = new Namespace(taken);
    String withOptions = privateNames.allocate("withOptions", "withRequestOptions");

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(transport, "transport")
        .addStatement("this.transport = transport");
    if (!root && !name.packageName().equals(parentPackage)) {
      // The parent client lives in another package (a folder moved by the overrides file).
      constructor.addModifiers(Modifier.PUBLIC)
          .addJavadoc("For the parent client, which lives in another package; get this client"
              + " from it.\n\n@param transport the parent's transport\n");
    }
    if (root) {
      constructor.addModifiers(Modifier.PRIVATE);
      type.addMethod(MethodSpec.constructorBuilder()
          .addModifiers(Modifier.PRIVATE)
          .addParameter(config, "config")
          .addStatement("this(new $T(config))", transport)
          .build());
    }
    for (ClientGroup child : group.children()) {
      ClassName childName = ClassName.get(model.clientPackage(child.className()),
          child.className());
      String field = privateNames.allocate(child.accessor() + "Client", child.accessor()
          + "Folder");
      type.addField(childName, field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(transport)", field, childName);
      type.addMethod(MethodSpec.methodBuilder(child.accessor())
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Returns the requests of this folder.\n")
          .returns(childName)
          .addStatement("return $N", field)
          .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder(withOptions)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns a copy of this client whose calls use these options; options given"
            + " to a call win.\n\n@param options the default options of the copy\n"
            + "@return the configured copy\n")
        .addParameter(requestOptions, "options")
        .returns(name)
        .addStatement("return new $T(transport.withOptions(options))", name)
        .build());
    if (root) {
      addRootFactories(type, name);
    }
    for (OperationDecl op : group.operations()) {
      operations.addTo(type, op, privateNames);
    }
    return type.build();
  }

  private void addRootFactories(TypeSpec.Builder type, ClassName name) {
    ClassName builder = name.nestedClass("Builder");
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Returns a builder$L.\n", model.baseUrlDefault() == null
            ? "; {@code baseUrl} is required" + (model.baseUrlVariable() == null ? ""
                : " (the collection's {@code " + Javadocs.code(model.baseUrlVariable())
                    + "} variable)")
            : model.baseUrlVariable() == null ? ""
            : "; {@code baseUrl} defaults to the value of the {@code "
                + Javadocs.code(model.baseUrlVariable()) + "} variable")
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Creates a client from a complete configuration.\n")
        .addParameter(config, "config")
        .returns(name)
        .addStatement("return new $T(config)", name)
        .build());
    type.addType(rootBuilder(name, builder));
  }

  private TypeSpec rootBuilder(ClassName client, ClassName builder) {
    ClassName configBuilder = config.nestedClass("Builder");
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Configures a {@link $T}. Credentials are suppliers, asked on each request.\n",
            client)
        .addField(configBuilder, "config", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addStatement("this.config = $T.builder()", config);
    if (model.baseUrlDefault() != null) {
      ctor.addStatement("config.baseUrl($T.create($S))", URI.class, model.baseUrlDefault());
    }
    b.addMethod(ctor.build());
    ParameterizedTypeName supplier = ParameterizedTypeName.get(Supplier.class, String.class);
    setter(b, builder, "baseUrl", "Sets the base URL that request paths are appended to.",
        "baseUrl", ClassName.get(URI.class));
    Set<AuthKind> auth = model.authKinds();
    if (auth.contains(AuthKind.BEARER)) {
      setter(b, builder, "bearerToken", "Supplies the bearer token (OAuth 2 access token).",
          "token", supplier);
    }
    if (auth.contains(AuthKind.BASIC)) {
      b.addMethod(MethodSpec.methodBuilder("basicAuth")
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Supplies HTTP Basic credentials.\n\n@param username the user name\n"
              + "@param password the password\n@return this builder\n")
          .addParameter(supplier, "username")
          .addParameter(supplier, "password")
          .returns(builder)
          .addStatement("config.basicAuth(username, password)")
          .addStatement("return this")
          .build());
    }
    if (auth.contains(AuthKind.API_KEY_HEADER) || auth.contains(AuthKind.API_KEY_QUERY)) {
      setter(b, builder, "apiKey", "Supplies the API key.", "apiKey", supplier);
    }
    if (auth.contains(AuthKind.OAUTH2_HEADER) || auth.contains(AuthKind.OAUTH2_QUERY)) {
      setter(b, builder, "oauth2Token", "Supplies the OAuth 2 access token; asked on every"
          + " request, so returning a refreshed token is enough.", "token", supplier);
    }
    setter(b, builder, "httpClient", "Uses this JDK HTTP client in the default transport.",
        "httpClient", ClassName.get(HttpClient.class));
    setter(b, builder, "transport", "Sends every request through this transport (OkHttp,"
        + " Apache HttpClient, a test double) instead of the JDK HTTP client.", "transport",
        ClassName.get(model.basePackage(), "HttpTransport"));
    setter(b, builder, "objectMapper", "Uses this mapper; it needs java.time support.",
        "objectMapper", ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper"));
    setter(b, builder, "connectTimeout", "Sets the connect timeout (default 10 s).", "timeout",
        ClassName.get(Duration.class));
    setter(b, builder, "requestTimeout", "Sets the timeout of each request (default 30 s).",
        "timeout", ClassName.get(Duration.class));
    setter(b, builder, "retries", "Retries after connection failures and 408/429/502/503/504:"
        + " idempotent methods, and others only with an idempotency key; honours Retry-After,"
        + " else backs off exponentially with jitter (default 0: never).", "maxRetries",
        com.palantir.javapoet.TypeName.INT);
    setter(b, builder, "maxRetryDelay", "The longest Retry-After wait accepted; a longer one"
        + " ends the retries (default 30 s).", "delay", ClassName.get(Duration.class));
    b.addMethod(MethodSpec.methodBuilder("retryBackoff")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Sets the backoff between retries when the server does not say: doubling"
            + " from {@code initial} up to {@code max}, with jitter (default 500 ms, 8 s).\n\n"
            + "@param initial the first wait\n@param max the longest wait\n"
            + "@return this builder\n")
        .addParameter(Duration.class, "initial")
        .addParameter(Duration.class, "max")
        .returns(builder)
        .addStatement("config.retryBackoff(initial, max)")
        .addStatement("return this")
        .build());
    setter(b, builder, "idempotencyHeader", "Sets the header idempotency keys are sent in"
        + " (default Idempotency-Key).", "name", ClassName.get(String.class));
    setter(b, builder, "attemptHeader", "Sends the attempt number (0, 1, ...) in this header"
        + " (default: not sent).", "name", ClassName.get(String.class));
    setter(b, builder, "clock", "Sets the clock Retry-After dates are compared with.", "clock",
        ClassName.get(java.time.Clock.class));
    setter(b, builder, "sleeper", "Sets how the client waits between retries (tests: one that"
        + " returns at once).", "sleeper", ClassName.get(model.basePackage(), "Sleeper"));
    b.addMethod(MethodSpec.methodBuilder("interceptor")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Adds an interceptor (logging, signing, token refresh); they run in the"
            + " order added.\n\n@param interceptor the interceptor\n@return this builder\n")
        .addParameter(ClassName.get(model.basePackage(), "Interceptor"), "interceptor")
        .returns(builder)
        .addStatement("config.addInterceptor(interceptor)")
        .addStatement("return this")
        .build());
    setter(b, builder, "requestCustomizer", "Runs on every request before it is sent, e.g. to"
        + " sign it" + (auth.contains(AuthKind.UNSUPPORTED) ? " (some requests use an auth"
        + " type this client does not implement)" : "") + ".", "customizer",
        ParameterizedTypeName.get(ClassName.get(Consumer.class),
            ClassName.get(HttpRequest.class).nestedClass("Builder")));
    b.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Builds the client.\n\n@return the client\n")
        .returns(client)
        .addStatement("return new $T(config.build())", client)
        .build());
    return b.build();
  }

  private static void setter(TypeSpec.Builder b, ClassName builder, String method, String doc,
      String param, com.palantir.javapoet.TypeName type) {
    b.addMethod(MethodSpec.methodBuilder(method)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n@param $L the value\n@return this builder\n", doc, param)
        .addParameter(type, param)
        .returns(builder)
        .addStatement("config.$L($N)", method, param)
        .addStatement("return this")
        .build());
  }
}
