package io.github.postman2java.naming;

/** A record component: Java name, JSON name, type, and the evidence-derived flags. */
public record FieldDecl(
    String javaName, String jsonName, TypeRef type, boolean required, boolean nullable) {}
