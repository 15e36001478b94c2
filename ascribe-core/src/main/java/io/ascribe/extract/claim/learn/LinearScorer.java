package io.ascribe.extract.claim.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic model over frame features: a frame is a claim when its probability reaches the
 * threshold of its type. Small and explainable: every decision is the sum of named feature weights.
 *
 * @param weights feature name to weight (absent features weigh nothing)
 * @param threshold the probability from which a frame is kept, for a type with none of its own
 * @param byType the threshold of a claim type (by its id), where it has one
 */
public record LinearScorer(Map<String, Double> weights, double threshold, Map<String, Double> byType) {
  /** The resource the project's trained weights ship in. */
  public static final String RESOURCE = "claim-scorer.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public LinearScorer {
    weights = new TreeMap<>(weights);
    byType = new TreeMap<>(byType);
  }

  /** A model with one threshold for every type. */
  public LinearScorer(Map<String, Double> weights, double threshold) {
    this(weights, threshold, Map.of());
  }

  /** The threshold of claim type {@code type} (its id, "denial"). */
  public double threshold(String type) {
    return byType.getOrDefault(type, threshold);
  }

  /** One feature's part in a decision. */
  public record Contribution(String feature, double value) {}

  /** The probability that the frame is a claim. */
  public double probability(Map<String, Double> features) {
    double z = 0;
    for (Map.Entry<String, Double> f : features.entrySet()) {
      Double w = weights.get(f.getKey());
      if (w != null) {
        z += w * f.getValue();
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the frame is a claim. */
  public boolean accepts(Map<String, Double> features) {
    return probability(features) >= threshold;
  }

  /** The features that carried a decision, largest part first. */
  public List<Contribution> explain(Map<String, Double> features) {
    List<Contribution> out = new ArrayList<>();
    features.forEach((name, value) -> {
      Double w = weights.get(name);
      if (w != null && w * value != 0) {
        out.add(new Contribution(name, w * value));
      }
    });
    out.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.value())));
    return out;
  }

  /** The model as JSON, weights in name order (what {@link #RESOURCE} holds). */
  public String toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("model", "logistic regression over claim-frame features");
    o.put("threshold", threshold);
    if (!byType.isEmpty()) {
      ObjectNode t = o.putObject("thresholds");
      byType.forEach(t::put);
    }
    ObjectNode w = o.putObject("weights");
    weights.forEach((k, v) -> w.put(k, Math.round(v * 1e6) / 1e6));
    try {
      return JSON.writeValueAsString(o) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model written by {@link #toJson}. */
  public static LinearScorer read(InputStream in) throws IOException {
    JsonNode o = JSON.readTree(in);
    if (o == null || !o.path("weights").isObject() || !o.path("threshold").isNumber()) {
      throw new IOException("a claim scorer needs \"threshold\" and \"weights\"");
    }
    Map<String, Double> w = new TreeMap<>();
    o.path("weights").fields().forEachRemaining(e -> w.put(e.getKey(), e.getValue().asDouble()));
    Map<String, Double> byType = new TreeMap<>();
    o.path("thresholds").fields().forEachRemaining(e -> byType.put(e.getKey(), e.getValue().asDouble()));
    return new LinearScorer(w, o.path("threshold").asDouble(), byType);
  }

  /** The weights trained by the project ({@code ascribe model train --claims}), shipped as a resource. */
  public static LinearScorer bundled() {
    try (InputStream in = LinearScorer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
