package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.ascribe.access.Role;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.incident.IncidentStore;
import io.ascribe.testkit.Fixtures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document against the live server (issue 16, server bug 10): every route the server
 * registers under {@code /api} is documented and every documented operation is registered; every
 * documented status is reached by a real request (one table row each, the rows for the statuses
 * every route of a kind shares generated from the document); every 2xx body validates against
 * the documented response schema, and every request body sent for a 2xx against the documented
 * request schema; and the document itself is a consistent OpenAPI 3.1 document.
 */
class OpenApiLiveTest {
  private static final String JSON = "application/json";
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final SchemaValidatorsConfig FORMATS =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  @TempDir static Path home;
  static Store store;
  static AscribeServer server;
  static String viewer;
  static String analyst;
  static String admin;
  static String incident;
  static String editable;
  static String job;
  static JsonNode doc;

  /** One request expected to answer {@code status}; {@code operation} is {@code METHOD /template}. */
  record Case(String operation, int status, String token, String url, String contentType, byte[] body) {
    Case(String operation, int status, String token, String url, String json) {
      this(operation, status, token, url, json == null ? null : JSON,
          json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    String method() {
      return operation.substring(0, operation.indexOf(' '));
    }

    String template() {
      return operation.substring(operation.indexOf(' ') + 1);
    }

    @Override
    public String toString() {
      return operation + " -> " + status + " (" + url + ")";
    }
  }

  /** A response: status, content type and body. */
  record Reply(int status, String contentType, String body) {}

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(home);
    ServerFixtures.importKb(store, attackWithTwins(), Fixtures.write(home, Fixtures.MINI_THREAT_ACTOR));
    TokenStore tokens = new TokenStore(store);
    ServerFixtures.Tokens signIn = ServerFixtures.tokens(store);
    viewer = signIn.viewer();
    analyst = signIn.analyst();
    admin = signIn.admin();
    tokens.create("to-revoke", Role.VIEWER, Tlp.CLEAR, "test");
    Claim claim = new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "officials", "US", "China", "CN", "Alpha Panda",
        null, "2024-01-02", "The US attributed the intrusion to Alpha Panda.");
    new DocumentStore(store).add(new ExtractedDocument("file-a", "a".repeat(64), "A title", "2024-01-02", null, "en",
        claim.evidence(), 0, List.of(), List.of(), List.of(), List.of(claim)), Tlp.CLEAR);
    for (String last : List.of("b", "c", "d")) { // documents to delete: a unique one, and a prefix naming two
      new DocumentStore(store).add(new ExtractedDocument("file-" + last, "b".repeat(63) + last, "To delete", null, null,
          "en", "Text.", 0, List.of(), List.of(), List.of(), List.of()), Tlp.CLEAR);
    }
    IncidentStore incidents = new IncidentStore(store);
    incident = withEvidence(incidents, "Tea", List.of(new IncidentStore.NewItem(ItemKind.TECHNIQUE, "T9001", EvidenceItem.ANALYST),
        new IncidentStore.NewItem(ItemKind.SOFTWARE, "KettleRAT", EvidenceItem.ANALYST)));
    editable = withEvidence(incidents, "Edits", List.of(new IncidentStore.NewItem(ItemKind.TECHNIQUE, "T9001.001",
        EvidenceItem.ANALYST)));
    server = new AscribeServer(new Services(store), new AscribeServer.Settings(10_000, 20_000)).start("127.0.0.1", 0);
    doc = MAPPER.readTree(send(new Case("GET /api/openapi.json", 200, null, "/api/openapi.json", null)).body());
    Reply started = send(new Case("POST /api/documents", 202, analyst, "/api/documents", "multipart/form-data; boundary="
        + BOUNDARY, multipart(Map.of("text", "A note about Alpha Panda."))));
    job = MAPPER.readTree(started.body()).path("job").asText();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    store.close();
  }

  private static String withEvidence(IncidentStore incidents, String title, List<IncidentStore.NewItem> items) {
    Incident i = incidents.create(title, null, Tlp.GREEN, "analyst");
    return incidents.addEvidence(i.id(), null, items, "analyst").id();
  }

  /**
   * The mini ATT&CK bundle with two techniques of one name and two software of one name, so that
   * a profile asked for by that name is ambiguous (409), as happens with real ATT&CK names.
   */
  private static Path attackWithTwins() throws Exception {
    ObjectNode bundle = (ObjectNode) MAPPER.readTree(Fixtures.text(Fixtures.MINI_ATTACK));
    ArrayNode objects = (ArrayNode) bundle.get("objects");
    JsonNode technique = first(objects, "attack-pattern");
    JsonNode software = first(objects, "malware");
    objects.add(twin(technique, "attack-pattern--00000000-0000-4000-8000-0000000000a1", "Steeping", "T9101"));
    objects.add(twin(technique, "attack-pattern--00000000-0000-4000-8000-0000000000a2", "Steeping", "T9102"));
    objects.add(twin(software, "malware--00000000-0000-4000-8000-0000000000b1", "Teapot", "S9101"));
    objects.add(twin(software, "malware--00000000-0000-4000-8000-0000000000b2", "Teapot", "S9102"));
    return Fixtures.write(home, "attack-with-twins.json", MAPPER.writeValueAsString(bundle));
  }

  private static JsonNode first(ArrayNode objects, String type) {
    for (JsonNode o : objects) {
      if (o.path("type").asText().equals(type)) {
        return o;
      }
    }
    throw new IllegalStateException("the mini ATT&CK bundle has no " + type);
  }

  private static ObjectNode twin(JsonNode original, String id, String name, String attackId) {
    ObjectNode copy = original.deepCopy();
    copy.put("id", id).put("name", name);
    copy.remove("x_mitre_aliases");
    copy.remove("aliases");
    ArrayNode refs = copy.putArray("external_references");
    refs.addObject().put("source_name", "mitre-attack").put("external_id", attackId)
        .put("url", "https://attack.mitre.org/" + attackId);
    return copy;
  }

  // ---------------------------------------------------------------- (a) routes

  @Test
  void everyApiRouteTheServerRegisters_isDocumented_andEveryDocumentedOperationIsRegistered() {
    Set<String> registered = new TreeSet<>();
    for (String h : server.handlers()) {
      String method = h.substring(0, h.indexOf(' '));
      String path = h.substring(h.indexOf(' ') + 1);
      if (path.startsWith("/api/") && Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
        registered.add(method + " " + path);
      }
    }
    assertThat(registered).isNotEmpty().isEqualTo(new TreeSet<>(operations()));
  }

  // ---------------------------------------------------------------- (b) + (c) statuses and bodies

  @TestFactory
  Stream<DynamicTest> everyDocumentedStatus_isReached_andEverySuccessBodyMatchesItsSchema() {
    List<Case> cases = cases();
    Set<String> documented = new TreeSet<>();
    for (String op : operations()) {
      documented.addAll(statuses(op).stream().map(s -> op + " " + s).toList());
    }
    Set<String> covered = new TreeSet<>();
    cases.forEach(c -> covered.add(c.operation() + " " + c.status()));
    assertThat(covered).as("every (route, status) row is a documented status").isSubsetOf(documented);
    assertThat(documented).as("every documented status has a row that reaches it").isSubsetOf(covered);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
  }

  private static void check(Case c) throws Exception {
    Reply r = send(c);
    assertThat(r.status()).as(c + ": " + r.body()).isEqualTo(c.status());
    JsonNode response = operation(c.operation()).path("responses").path(Integer.toString(c.status()));
    JsonNode schema = response.path("content").path(JSON).path("schema");
    if (schema.isMissingNode()) {
      assertThat(r.body()).as(c + " documents no body").isEmpty();
      return;
    }
    assertThat(r.contentType()).as(c.toString()).startsWith(JSON);
    JsonNode body = MAPPER.readTree(r.body());
    assertThat(violations(schema, body)).as(c + " body against its documented schema: " + r.body()).isEmpty();
    if (c.status() < 300 && c.body() != null && JSON.equals(c.contentType())) {
      JsonNode requestSchema = operation(c.operation()).path("requestBody").path("content").path(JSON).path("schema");
      assertThat(violations(requestSchema, MAPPER.readTree(c.body()))).as(c + " request against its schema").isEmpty();
    }
  }

  /** The rows: the shared statuses generated from the document, then one written row per route-specific status. */
  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (String op : operations()) {
      String method = op.substring(0, op.indexOf(' '));
      String template = op.substring(op.indexOf(' ') + 1);
      String url = fill(template, incident);
      Set<Integer> statuses = statuses(op);
      JsonNode requestBody = operation(op).path("requestBody");
      boolean json = requestBody.path("content").has(JSON);
      if (statuses.contains(401)) {
        cases.add(new Case(op, 401, null, url, json ? "{}" : null));
      }
      if (statuses.contains(403)) {
        cases.add(new Case(op, 403, viewer, url, json ? "{}" : null)); // the viewer role is the least one
      }
      if (statuses.contains(404) && PARAM.matcher(template).find()) {
        cases.add(new Case(op, 404, admin, fill(template, "no-such-thing") + "?actor=G9001&kind=technique&value=T9001",
            json ? "{}" : null));
      }
      if (requestBody.isMissingNode()) {
        continue;
      }
      if (json) {
        cases.add(new Case(op, 400, admin, url, "{\"unclosed\": "));
        cases.add(new Case(op, 413, admin, url, "{\"padding\": \"" + "x".repeat(20_000) + "\"}"));
        cases.add(new Case(op, 415, admin, url, "text/plain", "{}".getBytes(StandardCharsets.UTF_8)));
      } else {
        cases.add(new Case(op, 413, analyst, url, "application/x-www-form-urlencoded",
            ("text=" + "y".repeat(30_000)).getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case(op, 413, analyst, url, "multipart/form-data; boundary=" + BOUNDARY,
            multipart(Map.of("text", "y".repeat(30_000)))));
        cases.add(new Case(op, 415, analyst, url, "text/plain", "text=hello".getBytes(StandardCharsets.UTF_8)));
      }
    }
    cases.addAll(written());
    return cases;
  }

  /** The route-specific rows: every success, and the 400 and 409 answers of each route's own checks. */
  private static List<Case> written() {
    String inc = "/api/incidents/" + incident;
    String edit = "/api/incidents/" + editable;
    return List.of(
        new Case("GET /api/actors", 200, viewer, "/api/actors?q=Alpha%20Panda", null),
        new Case("GET /api/actors", 400, viewer, "/api/actors", null),
        new Case("GET /api/actors/{id}", 200, viewer, "/api/actors/G9001", null),
        new Case("GET /api/actors/{id}", 409, viewer, "/api/actors/Grizzly%20Name", null),
        new Case("GET /api/actors/{id}/overview", 200, viewer, "/api/actors/G9001/overview", null),
        new Case("GET /api/actors/{id}/overview", 409, viewer, "/api/actors/Grizzly%20Name/overview", null),
        new Case("GET /api/actors/{id}/compare", 200, viewer, "/api/actors/G9001/compare?with=Beta%20Bear", null),
        new Case("GET /api/actors/{id}/compare", 400, viewer, "/api/actors/G9001/compare", null),
        new Case("GET /api/actors/{id}/compare", 409, viewer, "/api/actors/G9001/compare?with=Grizzly%20Name", null),
        new Case("GET /api/actors/{id}/corpus", 200, viewer, "/api/actors/G9001/corpus", null),
        new Case("GET /api/actors/{id}/corpus", 409, viewer, "/api/actors/Grizzly%20Name/corpus", null),
        new Case("GET /api/techniques/{id}", 200, viewer, "/api/techniques/T9001", null),
        new Case("GET /api/techniques/{id}", 409, viewer, "/api/techniques/Steeping", null),
        new Case("GET /api/software", 200, viewer, "/api/software?q=Kettle", null),
        new Case("GET /api/software", 400, viewer, "/api/software?q=Kettle&limit=0", null),
        new Case("GET /api/software/{id}", 200, viewer, "/api/software/S9001", null),
        new Case("GET /api/software/{id}", 409, viewer, "/api/software/Teapot", null),
        new Case("GET /api/search", 200, viewer, "/api/search?q=Alpha", null),
        new Case("GET /api/search", 400, viewer, "/api/search?q=Alpha&kind=planet", null),
        new Case("GET /api/incidents", 200, viewer, "/api/incidents", null),
        new Case("POST /api/incidents", 201, analyst, "/api/incidents",
            "{\"title\": \"Created\", \"summary\": \"s\", \"tlp\": \"GREEN\"}"),
        new Case("GET /api/incidents/{id}", 200, viewer, inc, null),
        new Case("POST /api/incidents/{id}/evidence", 200, analyst, edit + "/evidence",
            "{\"items\": [{\"kind\": \"software\", \"value\": \"KettleRAT\"}]}"),
        new Case("POST /api/incidents/{id}/evidence", 409, analyst, edit + "/evidence",
            "{\"expected_version\": 999, \"items\": [{\"kind\": \"technique\", \"value\": \"T9001\"}]}"),
        new Case("DELETE /api/incidents/{id}/evidence", 200, analyst,
            edit + "/evidence?kind=technique&value=T9001.001", null),
        new Case("DELETE /api/incidents/{id}/evidence", 400, analyst, edit + "/evidence?value=T9001", null),
        new Case("DELETE /api/incidents/{id}/evidence", 409, analyst,
            edit + "/evidence?kind=software&value=KettleRAT&expected_version=999", null),
        new Case("POST /api/incidents/{id}/attribution", 200, analyst, inc + "/attribution", "{\"top\": 3}"),
        new Case("POST /api/incidents/{id}/conclusion", 200, analyst, edit + "/conclusion",
            "{\"conclusion\": \"Alpha Panda\", \"note\": \"tea everywhere\"}"),
        new Case("POST /api/incidents/{id}/conclusion", 409, analyst, edit + "/conclusion",
            "{\"expected_version\": 999, \"conclusion\": \"Alpha Panda\"}"),
        new Case("GET /api/incidents/{id}/log", 200, viewer, inc + "/log", null),
        new Case("POST /api/attribute", 200, viewer, "/api/attribute?top=3",
            "{\"techniques\": [\"T9001\"], \"software\": [\"KettleRAT\"], \"victims\": {\"countries\": [\"US\"]}}"),
        new Case("GET /api/claims", 200, viewer, "/api/claims", null),
        new Case("GET /api/claims", 400, viewer, "/api/claims?since=yesterday", null),
        new Case("GET /api/claims/matrix", 200, viewer, "/api/claims/matrix", null),
        new Case("GET /api/claims/matrix", 400, viewer, "/api/claims/matrix?until=soon", null),
        new Case("GET /api/documents/{id}", 200, viewer, "/api/documents/" + "a".repeat(64), null),
        new Case("GET /api/disputes", 200, viewer, "/api/disputes", null),
        new Case("GET /api/tokens", 200, admin, "/api/tokens", null),
        new Case("POST /api/tokens", 201, admin, "/api/tokens", "{\"name\": \"carol\", \"role\": \"viewer\", \"tlp\": \"GREEN\"}"),
        new Case("POST /api/tokens", 409, admin, "/api/tokens", "{\"name\": \"viewer\", \"role\": \"viewer\"}"),
        new Case("DELETE /api/tokens/{name}", 204, admin, "/api/tokens/to-revoke", null),
        new Case("GET /api/export/actors/{id}", 200, viewer, "/api/export/actors/G9001", null),
        new Case("GET /api/export/actors/{id}", 409, viewer, "/api/export/actors/Grizzly%20Name", null),
        new Case("GET /api/export/claims", 200, viewer, "/api/export/claims", null),
        new Case("GET /api/export/incidents/{id}", 200, viewer, "/api/export/incidents/" + incident, null),
        new Case("GET /api/export/incidents/{id}/navigator", 200, viewer,
            "/api/export/incidents/" + incident + "/navigator?actor=G9001", null),
        new Case("GET /api/export/incidents/{id}/navigator", 400, viewer,
            "/api/export/incidents/" + incident + "/navigator", null),
        new Case("POST /api/documents", 202, analyst, "/api/documents", "multipart/form-data; boundary=" + BOUNDARY,
            multipart(Map.of("text", "Pasted: Alpha Panda used KettleRAT.", "tlp", "GREEN"))),
        new Case("POST /api/documents", 400, analyst, "/api/documents", "multipart/form-data; boundary=" + BOUNDARY,
            multipart(Map.of("tlp", "GREEN"))),
        new Case("GET /api/jobs/{id}", 200, analyst, "/api/jobs/" + job, null),
        new Case("DELETE /api/documents/{id}", 200, analyst, "/api/documents/" + "b".repeat(63) + "d", null),
        new Case("DELETE /api/documents/{id}", 400, analyst, "/api/documents/bbbbbbbbbb", null),
        new Case("GET /api/documents", 200, viewer, "/api/documents", null),
        new Case("GET /api/documents", 400, viewer, "/api/documents?limit=0", null),
        new Case("GET /api/health", 200, null, "/api/health", null),
        new Case("GET /api/openapi.json", 200, null, "/api/openapi.json", null));
  }

  // ---------------------------------------------------------------- the document itself

  @Test
  void theDocument_isConsistentOpenApi31() {
    assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.path("info").path("title").asText()).isNotBlank();
    assertThat(doc.path("info").path("version").asText()).isNotBlank();
    Set<String> operationIds = new HashSet<>();
    for (String op : operations()) {
      JsonNode o = operation(op);
      assertThat(operationIds.add(o.path("operationId").asText())).as("unique operationId of " + op).isTrue();
      Set<String> declared = new TreeSet<>();
      o.path("parameters").forEach(p -> {
        if (p.path("in").asText().equals("path")) {
          assertThat(p.path("required").asBoolean()).as(op + " path parameter " + p).isTrue();
          declared.add(p.path("name").asText());
        }
      });
      Set<String> inTemplate = new TreeSet<>();
      Matcher m = PARAM.matcher(op);
      while (m.find()) {
        inTemplate.add(m.group(1));
      }
      assertThat(declared).as(op + " declares its path parameters").isEqualTo(inTemplate);
      assertThat(o.path("responses").size()).as(op + " responses").isPositive();
      o.path("responses").properties().forEach(e -> {
        assertThat(e.getKey()).as(op).matches("[1-5]\\d\\d");
        assertThat(e.getValue().path("description").asText()).as(op + " " + e.getKey()).isNotBlank();
      });
      if (o.has("security") && !o.path("security").isEmpty()) {
        assertThat(doc.at("/components/securitySchemes").has("bearer")).isTrue();
      }
    }
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/components/schemas/");
      assertThat(doc.at(ref.substring(1)).isObject()).as("the target of " + ref).isTrue();
    }
  }

  @Test
  void everyComponentSchema_isAValidJsonSchema_andNoneIsAnUntypedObject() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    JsonSchema meta = factory.getSchema(SchemaLocation.of(SchemaId.V202012));
    Iterator<Map.Entry<String, JsonNode>> it = doc.at("/components/schemas").fields();
    assertThat(it.hasNext()).isTrue();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      assertThat(meta.validate(e.getValue())).as(e.getKey()).isEmpty();
      assertThat(e.getValue().toString()).as(e.getKey() + " says more than {\"type\":\"object\"}")
          .isNotEqualTo("{\"type\":\"object\"}");
    }
    for (String op : operations()) {
      JsonNode o = operation(op);
      o.path("responses").properties().forEach(r -> r.getValue().path("content").properties().forEach(c ->
          assertThat(c.getValue().path("schema").toString()).as(op + " " + r.getKey())
              .isNotEqualTo("{\"type\":\"object\"}")));
    }
  }

  @Test
  void aRequestRecord_refusesUnknownFields_andNamesWhatARequestMustGive() {
    JsonNode newIncident = doc.at("/components/schemas/NewIncident");
    assertThat(newIncident.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(newIncident.path("required").toString()).isEqualTo("[\"title\"]");
    assertThat(newIncident.path("properties").has("tlp")).isTrue();
    JsonNode evidence = doc.at("/components/schemas/NewEvidence/properties");
    assertThat(evidence.has("expected_version")).as("snake_case as the mapper reads it").isTrue();
    JsonNode incidentSchema = doc.at("/components/schemas/Incident");
    assertThat(incidentSchema.path("required").toString()).contains("\"created_at\"", "\"evidence\"");
    assertThat(incidentSchema.at("/properties/created_at/format").asText()).isEqualTo("date-time");
    assertThat(incidentSchema.at("/properties/tlp/enum").toString()).contains("\"AMBER\"");
  }

  @Test
  void theValidator_refusesBodiesThatBreakTheDocumentedSchemas() throws Exception {
    JsonNode incidents = operation("GET /api/incidents").at("/responses/200/content/application~1json/schema");
    assertThat(violations(incidents, MAPPER.readTree("{\"incidents\": []}"))).isEmpty();
    assertThat(violations(incidents, MAPPER.readTree("{\"incidents\": [{\"id\": 5}]}"))).isNotEmpty();
    assertThat(violations(incidents, MAPPER.readTree("{}"))).isNotEmpty();
    JsonNode error = operation("GET /api/actors").at("/responses/400/content/application~1json/schema");
    assertThat(violations(error, MAPPER.readTree("{\"error\": {\"code\": \"x\"}}"))).isNotEmpty();
    JsonNode created = operation("POST /api/incidents").at("/requestBody/content/application~1json/schema");
    assertThat(violations(created, MAPPER.readTree("{\"title\": \"t\", \"colour\": \"red\"}"))).isNotEmpty();
    JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SchemaLocation.of(SchemaId.V202012));
    assertThat(meta.validate(MAPPER.readTree("{\"type\": 5}"))).isNotEmpty();
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> operations() {
    List<String> ops = new ArrayList<>();
    doc.path("paths").properties().forEach(p -> p.getValue().properties()
        .forEach(m -> ops.add(m.getKey().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
    return ops;
  }

  private static JsonNode operation(String op) {
    String method = op.substring(0, op.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
    return doc.path("paths").path(op.substring(op.indexOf(' ') + 1)).path(method);
  }

  private static Set<Integer> statuses(String op) {
    Set<Integer> out = new TreeSet<>();
    operation(op).path("responses").fieldNames().forEachRemaining(s -> out.add(Integer.parseInt(s)));
    return out;
  }

  private static String fill(String template, String value) {
    return PARAM.matcher(template).replaceAll(Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
  }

  private static void collectRefs(JsonNode node, List<String> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("$ref")) {
          out.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, out));
    }
  }

  /** What is wrong with {@code instance} against a schema of the document (its {@code $ref}s resolved in it). */
  private static Set<ValidationMessage> violations(JsonNode schema, JsonNode instance) {
    ObjectNode root = schema.deepCopy();
    root.set("components", doc.path("components"));
    JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SchemaLocation.of("https://ascribe.invalid/openapi.json"), root, FORMATS);
    return s.validate(instance);
  }

  private static final String BOUNDARY = "openapi-live-boundary";

  private static byte[] multipart(Map<String, String> fields) {
    StringBuilder b = new StringBuilder();
    fields.forEach((name, value) -> b.append("--").append(BOUNDARY)
        .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
    return b.append("--").append(BOUNDARY).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Reply send(Case c) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + c.url()))
        .timeout(Duration.ofSeconds(30))
        .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(c.body()));
    if (c.token() != null) {
      b.header("Authorization", "Bearer " + c.token());
    }
    if (c.contentType() != null) {
      b.header("Content-Type", c.contentType());
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }
}
