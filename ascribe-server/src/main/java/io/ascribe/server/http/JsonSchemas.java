package io.ascribe.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of the bodies the API reads and writes, derived
 * from the Java types through the API's own Jackson mapper, so that property names, inclusion and
 * enum values are those the wire carries. Records and other beans become named components; a type
 * read from requests gets its own component, which refuses unknown fields as the mapper does.
 *
 * <p>What a response schema promises: every property Jackson always writes is required; scalars and
 * objects may be null, lists and maps and their elements may not (records here copy them),
 * primitives never are.
 *
 * <p>A component is named after its class; when two classes (or one class read and written) would
 * share a name, each of them is named with its enclosing classes, then with its direction, so that
 * a name does not depend on the order in which routes are registered. Call {@link #components}
 * once every shape is described: it names the components and points every {@code $ref} at them.
 */
final class JsonSchemas {
  /** Whether a type is written into responses or read from requests. */
  enum Direction { RESPONSE, REQUEST }

  private record Key(JavaType type, Direction direction) {}

  private final ObjectMapper mapper;
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final Map<Key, ObjectNode> beans = new LinkedHashMap<>();
  private final Map<Key, List<ObjectNode>> refs = new HashMap<>();
  private final Map<String, ObjectNode> writtenSchemas = new HashMap<>();
  private final Map<String, String> written = new HashMap<>();

  JsonSchemas(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Every named schema, by component name in alphabetical order; names the derived ones and their references. */
  Map<String, ObjectNode> components() {
    Map<Key, Integer> level = new HashMap<>();
    beans.keySet().forEach(k -> level.put(k, 0));
    Map<Key, String> names = new HashMap<>();
    while (true) {
      names.clear();
      level.forEach((k, l) -> names.put(k, name(k, l)));
      Map<String, List<Key>> byName = new HashMap<>();
      names.forEach((k, n) -> byName.computeIfAbsent(n, x -> new ArrayList<>()).add(k));
      boolean clash = false;
      for (Map.Entry<String, List<Key>> e : byName.entrySet()) {
        if (e.getValue().size() > 1 || written.containsKey(e.getKey())) {
          clash = true;
          e.getValue().forEach(k -> level.merge(k, 1, Integer::sum));
        }
      }
      if (!clash) {
        break;
      }
    }
    Map<String, ObjectNode> out = new TreeMap<>(writtenSchemas);
    beans.forEach((k, schema) -> {
      out.put(names.get(k), schema);
      refs.getOrDefault(k, List.of()).forEach(r -> r.put("$ref", COMPONENTS + names.get(k)));
    });
    return out;
  }

  /** The name of a component at a level of qualification: 0 simple, 1 with its enclosing classes, 2 with its direction. */
  private static String name(Key key, int level) {
    Class<?> type = key.type().getRawClass();
    StringBuilder name = new StringBuilder(type.getSimpleName());
    if (level == 0) {
      return name.toString();
    }
    for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
      name.insert(0, outer.getSimpleName());
    }
    if (level >= 2) {
      name.append(key.direction() == Direction.REQUEST ? "Request" : "Response");
    }
    if (level > 2) {
      throw new IllegalStateException("no component name tells " + key.type() + " from another type (generic beans of one "
          + "class are not supported)");
    }
    return name.toString();
  }

  /** A {@code $ref} to the component of a {@link Shape}, or the inline schema of a scalar or list. */
  ObjectNode of(Shape shape, Direction direction, List<String> required) {
    return switch (shape) {
      case Shape.Written w -> nodes.objectNode().put("$ref", COMPONENTS + written(w));
      case Shape.Derived d -> {
        JavaType type = mapper.constructType(d.type());
        ObjectNode schema = of(type, direction);
        if (!required.isEmpty()) {
          requireFields(beans.get(new Key(type, direction)), required, d.type());
        }
        yield schema;
      }
    };
  }

  private String written(Shape.Written w) {
    String known = written.get(w.name());
    if (known != null) {
      if (!known.equals(w.jsonSchema())) {
        throw new IllegalStateException("two different hand-written schemas are named '" + w.name() + "'");
      }
      return w.name();
    }
    try {
      writtenSchemas.put(w.name(), (ObjectNode) mapper.readTree(w.jsonSchema()));
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("the hand-written schema '" + w.name() + "' is not a JSON object: " + e.getMessage(), e);
    }
    written.put(w.name(), w.jsonSchema());
    return w.name();
  }

  /** Marks request fields as required, after checking each is a property of the request type. */
  private void requireFields(ObjectNode target, List<String> required, Type type) {
    if (target == null) {
      throw new IllegalArgumentException(type.getTypeName() + " is not a record or bean, so it has no fields to require");
    }
    ArrayNode list = target.putArray("required");
    for (String field : required) {
      if (!target.path("properties").has(field)) {
        throw new IllegalArgumentException("required field '" + field + "' is not a property of " + type.getTypeName());
      }
      list.add(field);
    }
  }

  private static final String COMPONENTS = "#/components/schemas/";

  /** A reference to a bean's component, whose name {@link #components} fills in. */
  private ObjectNode ref(Key key) {
    ObjectNode ref = nodes.objectNode().put("$ref", "");
    refs.computeIfAbsent(key, k -> new ArrayList<>()).add(ref);
    return ref;
  }

  private ObjectNode of(JavaType type, Direction direction) {
    Class<?> raw = type.getRawClass();
    ObjectNode scalar = scalar(raw);
    if (scalar != null) {
      return scalar;
    }
    if (JsonNode.class.isAssignableFrom(raw)) {
      return ObjectNode.class.isAssignableFrom(raw) ? nodes.objectNode().put("type", "object") : nodes.objectNode();
    }
    if (raw == Optional.class) {
      return nullable(of(type.containedTypeOrUnknown(0), direction));
    }
    if (type.isArrayType() || type.isCollectionLikeType()) {
      ObjectNode array = nodes.objectNode().put("type", "array");
      array.set("items", element(type.getContentType(), direction));
      return array;
    }
    if (type.isMapLikeType()) {
      ObjectNode map = nodes.objectNode().put("type", "object");
      map.set("additionalProperties", element(type.getContentType(), direction));
      return map;
    }
    if (type.isEnumType()) {
      ObjectNode e = nodes.objectNode().put("type", "string");
      ArrayNode values = e.putArray("enum");
      for (Object constant : raw.getEnumConstants()) {
        values.add(mapper.valueToTree(constant));
      }
      return e;
    }
    if (raw == Object.class) {
      return nodes.objectNode();
    }
    return ref(bean(type, direction));
  }

  /** The schema of a list's or map's element. */
  private ObjectNode element(JavaType type, Direction direction) {
    return of(type, direction);
  }

  private static ObjectNode scalar(Class<?> raw) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    if (raw == String.class || raw == Character.class || raw == char.class || raw == UUID.class || raw == URI.class) {
      return n.objectNode().put("type", "string");
    }
    if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class || raw == LocalDateTime.class) {
      return n.objectNode().put("type", "string").put("format", "date-time");
    }
    if (raw == LocalDate.class) {
      return n.objectNode().put("type", "string").put("format", "date");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return n.objectNode().put("type", "boolean");
    }
    if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class || raw == byte.class
        || raw == Byte.class) {
      return n.objectNode().put("type", "integer").put("format", "int32");
    }
    if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
      return n.objectNode().put("type", "integer").put("format", "int64");
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class || raw == BigDecimal.class) {
      return n.objectNode().put("type", "number");
    }
    return null;
  }

  /** The key of a bean's component, describing it on first sight. */
  private Key bean(JavaType type, Direction direction) {
    Key key = new Key(type, direction);
    if (beans.containsKey(key)) {
      return key;
    }
    ObjectNode schema = nodes.objectNode().put("type", "object");
    beans.put(key, schema);
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = nodes.arrayNode();
    describe(type, direction, properties, required);
    if (direction == Direction.RESPONSE) {
      schema.set("required", required);
    } else {
      schema.put("additionalProperties", false);
    }
    return key;
  }

  private void describe(JavaType type, Direction direction, ObjectNode properties, ArrayNode required) {
    MapperConfig<?> config = direction == Direction.RESPONSE ? mapper.getSerializationConfig()
        : mapper.getDeserializationConfig();
    BeanDescription description = direction == Direction.RESPONSE ? mapper.getSerializationConfig().introspect(type)
        : mapper.getDeserializationConfig().introspect(type);
    JsonInclude.Include byDefault = description.findPropertyInclusion(
        config.getDefaultPropertyInclusion(type.getRawClass())).getValueInclusion();
    for (BeanPropertyDefinition p : description.findProperties()) {
      boolean used = direction == Direction.RESPONSE ? p.couldSerialize() : p.couldDeserialize();
      if (!used) {
        continue;
      }
      AnnotatedMember member = direction == Direction.RESPONSE ? p.getAccessor() : p.getMutator();
      if (member == null) {
        member = p.getPrimaryMember();
      }
      JavaType propertyType = p.getPrimaryType();
      if (member != null && config.getAnnotationIntrospector().findUnwrappingNameTransformer(member) != null) {
        describe(propertyType, direction, properties, required);
        continue;
      }
      ObjectNode schema = of(propertyType, direction);
      JsonInclude.Include inclusion = p.findInclusion().getValueInclusion();
      if (inclusion == JsonInclude.Include.USE_DEFAULTS) {
        inclusion = byDefault;
      }
      boolean alwaysWritten = inclusion == null || inclusion == JsonInclude.Include.ALWAYS
          || inclusion == JsonInclude.Include.USE_DEFAULTS;
      if (direction == Direction.RESPONSE && alwaysWritten && mayBeNull(propertyType)) {
        schema = nullable(schema);
      }
      properties.set(p.getName(), schema);
      if (direction == Direction.RESPONSE && alwaysWritten) {
        required.add(p.getName());
      }
    }
  }

  private static boolean mayBeNull(JavaType type) {
    return !type.isPrimitive() && !type.isCollectionLikeType() && !type.isMapLikeType() && !type.isArrayType();
  }

  private ObjectNode nullable(ObjectNode schema) {
    if (schema.has("$ref")) {
      ObjectNode any = nodes.objectNode();
      any.putArray("anyOf").add(schema).addObject().put("type", "null");
      return any;
    }
    if (schema.has("type") && schema.get("type").isTextual()) {
      ArrayNode types = nodes.arrayNode().add(schema.get("type").asText()).add("null");
      ObjectNode copy = schema.deepCopy();
      copy.set("type", types);
      if (copy.has("enum")) {
        ((ArrayNode) copy.get("enum")).addNull();
      }
      return copy;
    }
    return schema;
  }
}
