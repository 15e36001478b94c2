package io.ascribe.attribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an evidence document: Ascribe's evidence JSON, or a STIX 2.x bundle holding a {@code
 * report} or {@code incident} whose {@code object_refs} point at attack patterns, malware, tools,
 * indicators, identities and locations. Every problem is an {@link EvidenceException} naming the
 * field path.
 */
public final class EvidenceParser {
  /** Most items accepted in one list; more is almost certainly a mistake (or an attack). */
  public static final int MAX_ITEMS = 10_000;
  /** Longest free text accepted in {@code text}, in chars (about a 300-page report). */
  public static final int MAX_TEXT_CHARS = 1_000_000;
  private static final Set<String> FIELDS = Set.of(
      "id", "techniques", "software", "indicators", "victims", "observed", "artifacts", "text");
  private static final Pattern TECHNIQUE_ISH = Pattern.compile("^[Tt]\\d.*");
  private static final Pattern PATTERN_LITERAL = Pattern.compile("=\\s*'((?:[^'\\\\]|\\\\.)*)'");
  private final ObjectMapper mapper = new ObjectMapper();

  /** Parses JSON text (one document). */
  public Evidence parse(String text, String source) throws EvidenceException {
    if (text == null || text.isBlank()) {
      throw new EvidenceException(source, null, "empty evidence document");
    }
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new EvidenceException(source, loc == null ? null : "line " + loc.getLineNr() + ", column " + loc.getColumnNr(),
          "not valid JSON: " + e.getOriginalMessage());
    }
    return parse(root, source);
  }

  /** Parses an already read JSON tree. */
  public Evidence parse(JsonNode root, String source) throws EvidenceException {
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new EvidenceException(source, null, "empty evidence document");
    }
    if (!root.isObject()) {
      throw new EvidenceException(source, null, "expected a JSON object, got " + describe(root));
    }
    if ("bundle".equals(root.path("type").asText(null))) {
      return fromStix(root, source);
    }
    var names = root.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      if (!FIELDS.contains(f)) {
        throw new EvidenceException(source, f, "unknown field (expected one of " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
      }
    }
    String id = optionalText(root, "id", source);
    List<String> techniques = strings(root.get("techniques"), "techniques", source);
    for (int i = 0; i < techniques.size(); i++) {
      String t = techniques.get(i).trim();
      if (TECHNIQUE_ISH.matcher(t).matches() && !t.toUpperCase(Locale.ROOT).matches("T\\d{4}(\\.\\d{3})?")) {
        throw new EvidenceException(source, "techniques[" + i + "]",
            "'" + t + "' is not an ATT&CK technique id (expected T1234 or T1234.567)");
      }
    }
    JsonNode victims = object(root.get("victims"), "victims", Set.of("countries", "sectors"), source);
    JsonNode observed = object(root.get("observed"), "observed", Set.of("from", "to"), source);
    JsonNode artifacts = object(root.get("artifacts"), "artifacts", Set.of("languages", "utc_offsets"), source);
    LocalDate from = date(observed.get("from"), "observed.from", source);
    LocalDate to = date(observed.get("to"), "observed.to", source);
    if (from != null && to != null && to.isBefore(from)) {
      throw new EvidenceException(source, "observed.to", "'to' (" + to + ") is before 'from' (" + from + ")");
    }
    List<Double> offsets = new ArrayList<>();
    JsonNode off = artifacts.get("utc_offsets");
    if (off != null && !off.isNull()) {
      if (!off.isArray()) {
        throw new EvidenceException(source, "artifacts.utc_offsets", "expected an array of numbers, got " + describe(off));
      }
      checkSize(off, "artifacts.utc_offsets", source);
      for (int i = 0; i < off.size(); i++) {
        JsonNode n = off.get(i);
        if (!n.isNumber() || n.asDouble() < -12 || n.asDouble() > 14) {
          throw new EvidenceException(source, "artifacts.utc_offsets[" + i + "]",
              "expected a UTC offset in hours between -12 and 14, got " + n);
        }
        offsets.add(n.asDouble());
      }
    }
    return new Evidence(
        id,
        techniques,
        strings(root.get("software"), "software", source),
        strings(root.get("indicators"), "indicators", source),
        strings(victims.get("countries"), "victims.countries", source),
        strings(victims.get("sectors"), "victims.sectors", source),
        from,
        to,
        languages(artifacts.get("languages"), source),
        offsets,
        freeText(root, source));
  }

  private static String freeText(JsonNode root, String source) throws EvidenceException {
    String text = optionalText(root, "text", source);
    if (text != null && text.length() > MAX_TEXT_CHARS) {
      throw new EvidenceException(source, "text", text.length() + " characters; at most " + MAX_TEXT_CHARS
          + " are read (ingest long reports with 'ascribe ingest' and add their evidence to an incident)");
    }
    return text;
  }

  private Evidence fromStix(JsonNode bundle, String source) throws EvidenceException {
    JsonNode objects = bundle.get("objects");
    if (objects == null || !objects.isArray()) {
      throw new EvidenceException(source, "objects", "a STIX bundle needs an 'objects' array");
    }
    Map<String, JsonNode> byId = new HashMap<>();
    JsonNode container = null;
    for (JsonNode o : objects) {
      byId.put(o.path("id").asText(), o);
      String type = o.path("type").asText();
      if (container == null && (type.equals("report") || type.equals("incident"))) {
        container = o;
      }
    }
    if (container == null) {
      throw new EvidenceException(source, "objects", "the bundle has no 'report' or 'incident' to take evidence from");
    }
    List<String> techniques = new ArrayList<>();
    List<String> software = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<String> sectors = new ArrayList<>();
    JsonNode refs = container.path("object_refs");
    checkSize(refs, "object_refs", source);
    for (int i = 0; i < refs.size(); i++) {
      JsonNode o = byId.get(refs.get(i).asText());
      if (o == null) {
        continue; // references to objects outside the bundle are allowed by STIX
      }
      switch (o.path("type").asText()) {
        case "attack-pattern" -> techniques.add(attackIdOrName(o));
        case "malware", "tool" -> software.add(attackIdOrName(o));
        case "indicator" -> {
          Matcher m = PATTERN_LITERAL.matcher(o.path("pattern").asText(""));
          while (m.find()) {
            indicators.add(m.group(1));
          }
        }
        case "identity" -> o.path("sectors").forEach(s -> sectors.add(s.asText()));
        case "location" -> {
          if (o.hasNonNull("country")) {
            countries.add(o.get("country").asText());
          }
        }
        default -> { }
      }
    }
    LocalDate from = date(container.get("first_seen"), "first_seen", source);
    if (from == null) {
      from = date(container.get("published"), "published", source);
    }
    LocalDate to = date(container.get("last_seen"), "last_seen", source);
    return new Evidence(container.path("id").asText(null), techniques, software, indicators, countries, sectors,
        from, to == null ? from : to, List.of(), List.of(), container.path("description").asText(null));
  }

  private static String attackIdOrName(JsonNode o) {
    for (JsonNode r : o.path("external_references")) {
      if ("mitre-attack".equals(r.path("source_name").asText()) && r.hasNonNull("external_id")) {
        return r.get("external_id").asText();
      }
    }
    return o.path("name").asText();
  }

  private static List<String> strings(JsonNode n, String path, String source) throws EvidenceException {
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw new EvidenceException(source, path, "expected an array of strings, got " + describe(n));
    }
    checkSize(n, path, source);
    List<String> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      JsonNode x = n.get(i);
      if (!x.isTextual()) {
        throw new EvidenceException(source, path + "[" + i + "]", "expected a string, got " + describe(x));
      }
      if (x.asText().isBlank()) {
        throw new EvidenceException(source, path + "[" + i + "]", "empty string");
      }
      out.add(x.asText().trim());
    }
    return List.copyOf(out);
  }

  private static void checkSize(JsonNode n, String path, String source) throws EvidenceException {
    if (n.size() > MAX_ITEMS) {
      throw new EvidenceException(source, path, n.size() + " items; at most " + MAX_ITEMS + " are accepted");
    }
  }

  private static JsonNode object(JsonNode n, String path, Set<String> fields, String source) throws EvidenceException {
    if (n == null || n.isNull()) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    if (!n.isObject()) {
      throw new EvidenceException(source, path, "expected an object, got " + describe(n));
    }
    var names = n.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      if (!fields.contains(f)) {
        throw new EvidenceException(source, path + "." + f,
            "unknown field (expected one of " + String.join(", ", fields.stream().sorted().toList()) + ")");
      }
    }
    return n;
  }

  private static List<String> languages(JsonNode n, String source) throws EvidenceException {
    List<String> langs = strings(n, "artifacts.languages", source);
    for (int i = 0; i < langs.size(); i++) {
      if (!langs.get(i).matches("[A-Za-z]{2,3}")) {
        throw new EvidenceException(source, "artifacts.languages[" + i + "]",
            "expected an ISO 639 language code such as 'zh' or 'ru', got '" + langs.get(i) + "'");
      }
    }
    return langs.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
  }

  private static String optionalText(JsonNode root, String field, String source) throws EvidenceException {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new EvidenceException(source, field, "expected a string, got " + describe(n));
    }
    return n.asText();
  }

  private static LocalDate date(JsonNode n, String path, String source) throws EvidenceException {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new EvidenceException(source, path, "expected a date (YYYY-MM-DD), got " + describe(n));
    }
    String s = n.asText();
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new EvidenceException(source, path, "expected a date (YYYY-MM-DD), got '" + s + "'");
    }
  }

  private static String describe(JsonNode n) {
    if (n.isTextual()) {
      return "a string";
    }
    if (n.isNumber()) {
      return "a number";
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isObject()) {
      return "an object";
    }
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
