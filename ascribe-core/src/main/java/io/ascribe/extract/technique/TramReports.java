package io.ascribe.extract.technique;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads annotated CTI reports in the TRAM2 JSON-lines layout: one report a line, {@code {"title",
 * "sentences": [{"text", "labels": [ATT&CK technique ids]}]}}. Blank lines are skipped; anything
 * else malformed is a {@link TrainingDataException} naming the file and line.
 */
public final class TramReports {
  private static final Pattern TECHNIQUE_ID = Pattern.compile("T\\d{4}(?:\\.\\d{3})?");

  private TramReports() {}

  /** One annotated sentence. */
  public record Sentence(String text, List<String> labels) {
    public Sentence {
      labels = List.copyOf(labels);
    }
  }

  /** One annotated report, its sentences in document order. */
  public record Report(String title, List<Sentence> sentences) {
    public Report {
      sentences = List.copyOf(sentences);
    }

    /** The report's techniques: the union of its sentences' labels, sorted. */
    public Set<String> labels() {
      Set<String> out = new TreeSet<>();
      sentences.forEach(s -> out.addAll(s.labels()));
      return out;
    }
  }

  /** Reads every report of a JSON-lines file. */
  public static List<Report> load(Path jsonl) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Report> out = new ArrayList<>();
    String source = jsonl.toString();
    try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      long lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (!line.isBlank()) {
          out.add(parse(mapper, line, source, lineNo));
        }
      }
    }
    return out;
  }

  private static Report parse(ObjectMapper mapper, String line, String source, long lineNo)
      throws TrainingDataException {
    JsonNode n;
    try {
      n = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new TrainingDataException(source, lineNo, "malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (!n.isObject()) {
      throw new TrainingDataException(source, lineNo, "a report must be a JSON object, got " + kind(n));
    }
    JsonNode title = n.path("title");
    if (!title.isMissingNode() && !title.isNull() && !title.isTextual()) {
      throw new TrainingDataException(source, lineNo, "'title' must be a string, got " + kind(title));
    }
    JsonNode sentences = n.path("sentences");
    if (!sentences.isArray()) {
      throw new TrainingDataException(source, lineNo, "'sentences' must be an array, got " + kind(sentences));
    }
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      JsonNode s = sentences.get(i);
      String where = "sentences[" + i + "]";
      if (!s.isObject() || !s.path("text").isTextual()) {
        throw new TrainingDataException(source, lineNo, where + " must be an object with a string 'text'");
      }
      JsonNode labels = s.path("labels");
      if (!labels.isMissingNode() && !labels.isNull() && !labels.isArray()) {
        throw new TrainingDataException(source, lineNo, where + ".labels must be an array, got " + kind(labels));
      }
      Set<String> ids = new LinkedHashSet<>();
      for (JsonNode l : labels) {
        if (!l.isTextual() || !TECHNIQUE_ID.matcher(l.asText()).matches()) {
          throw new TrainingDataException(source, lineNo,
              where + ".labels has '" + l.asText() + "', not an ATT&CK technique id like T1059 or T1059.001");
        }
        ids.add(l.asText());
      }
      out.add(new Sentence(s.get("text").asText(), List.copyOf(ids)));
    }
    return new Report(title.isTextual() ? title.asText() : "", out);
  }

  private static String kind(JsonNode n) {
    return n.isMissingNode() ? "nothing" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
