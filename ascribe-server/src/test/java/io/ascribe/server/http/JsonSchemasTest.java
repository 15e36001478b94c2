package io.ascribe.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.server.http.JsonSchemas.Direction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schemas derived from Java types the way the API's mapper writes and reads them. */
class JsonSchemasTest {
  enum Colour { RED, GREEN }

  record Paging(long total, String next) {}

  record Page(List<Item> items, @JsonUnwrapped Paging paging) {}

  record Item(String name, int count, Instant at, Colour colour, Map<String, List<String>> tags,
      @JsonInclude(JsonInclude.Include.NON_NULL) String note) {}

  record Request(String title, Integer top) {}

  /** Two classes with one simple name. */
  static final class One {
    record Thing(String a) {}
  }

  /** Two classes with one simple name. */
  static final class Two {
    record Thing(String b) {}
  }

  record Both(One.Thing one, Two.Thing two) {}

  private final JsonSchemas schemas = new JsonSchemas(JsonMappers.api());

  @Test
  void response_record_hasSnakeCaseProperties_requiresWhatIsAlwaysWritten_andNullsOnlyWhereJavaAllows() {
    schemas.of(Shape.of(Page.class), Direction.RESPONSE, List.of());
    Map<String, ObjectNode> all = schemas.components();
    ObjectNode page = all.get("Page");
    assertThat(page.path("properties").fieldNames()).toIterable().containsExactly("items", "total", "next");
    assertThat(page.path("required").toString()).isEqualTo("[\"items\",\"total\",\"next\"]");
    assertThat(page.at("/properties/total/type").asText()).as("a primitive is never null").isEqualTo("integer");
    assertThat(page.at("/properties/items/items/$ref").asText()).isEqualTo("#/components/schemas/Item");
    ObjectNode item = all.get("Item");
    assertThat(item.at("/properties/name/type").toString()).isEqualTo("[\"string\",\"null\"]");
    assertThat(item.at("/properties/at/format").asText()).isEqualTo("date-time");
    assertThat(item.at("/properties/colour/enum").toString()).isEqualTo("[\"RED\",\"GREEN\",null]");
    assertThat(item.at("/properties/tags/additionalProperties/type").asText()).isEqualTo("array");
    assertThat(item.path("required").toString()).as("a NON_NULL property may be absent").doesNotContain("note");
    assertThat(all).doesNotContainKey("Paging");
  }

  @Test
  void request_record_refusesUnknownFields_andRequiresWhatTheRouteNames() {
    schemas.of(Shape.of(Request.class), Direction.REQUEST, List.of("title"));
    ObjectNode request = schemas.components().get("Request");
    assertThat(request.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(request.path("required").toString()).isEqualTo("[\"title\"]");
    assertThat(request.at("/properties/top/type").asText()).isEqualTo("integer");
  }

  @Test
  void request_requiringAFieldItDoesNotHave_isRefusedNamingFieldAndType() {
    assertThatThrownBy(() -> schemas.of(Shape.of(Request.class), Direction.REQUEST, List.of("titel")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'titel'").hasMessageContaining("Request");
  }

  @Test
  void twoClassesOfOneName_areNamedWithTheirEnclosingClass_whateverTheOrder() {
    ObjectNode ref = schemas.of(Shape.of(Both.class), Direction.RESPONSE, List.of());
    Map<String, ObjectNode> all = schemas.components();
    assertThat(all).containsKeys("JsonSchemasTestOneThing", "JsonSchemasTestTwoThing").doesNotContainKey("Thing");
    assertThat(ref.path("$ref").asText()).isEqualTo("#/components/schemas/Both");
    assertThat(all.get("Both").at("/properties/one/anyOf/0/$ref").asText())
        .isEqualTo("#/components/schemas/JsonSchemasTestOneThing");
  }

  @Test
  void oneClassReadAndWritten_getsTwoComponents() {
    schemas.of(Shape.of(Request.class), Direction.REQUEST, List.of());
    schemas.of(Shape.of(Request.class), Direction.RESPONSE, List.of());
    assertThat(schemas.components()).containsKeys("JsonSchemasTestRequestRequest", "JsonSchemasTestRequestResponse");
  }

  @Test
  void handWrittenSchemas_keepTheirName_andTwoDifferentOnesOfOneNameAreRefused() {
    ObjectNode ref = schemas.of(Shape.written("Thing", "{\"type\": \"string\"}"), Direction.RESPONSE, List.of());
    assertThat(ref.path("$ref").asText()).isEqualTo("#/components/schemas/Thing");
    assertThatThrownBy(() -> schemas.of(Shape.written("Thing", "{\"type\": \"integer\"}"), Direction.RESPONSE, List.of()))
        .hasMessageContaining("'Thing'");
    assertThatThrownBy(() -> schemas.of(Shape.written("Broken", "[1]"), Direction.RESPONSE, List.of()))
        .hasMessageContaining("'Broken'");
  }
}
