package io.ascribe.server.http;

import java.lang.reflect.Type;

/**
 * What a JSON body looks like, as the OpenAPI document describes it: either a Java type whose
 * schema is derived the way the API's Jackson mapper writes (or reads) it, or a schema written by
 * hand for a body that no Java type describes (a STIX bundle, a form).
 */
public sealed interface Shape {
  /** The body Jackson writes or reads for {@code type}: a record, an enum, a list, a map or a scalar. */
  static Shape of(Type type) {
    return new Derived(type);
  }

  /**
   * A schema written by hand, published as component {@code name}.
   *
   * @param jsonSchema a JSON Schema (2020-12, as OpenAPI 3.1 uses) whose {@code $ref}s may name other components
   */
  static Shape written(String name, String jsonSchema) {
    return new Written(name, jsonSchema);
  }

  /** A shape derived from a Java type. */
  record Derived(Type type) implements Shape {}

  /** A hand-written schema, kept as text so that the shape stays immutable. */
  record Written(String name, String jsonSchema) implements Shape {}
}
