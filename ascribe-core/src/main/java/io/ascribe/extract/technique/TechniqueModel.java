package io.ascribe.extract.technique;

import io.ascribe.extract.text.SentenceSplitter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A trained technique classifier ({@link TechniqueClassifier#train}): finds the ATT&CK techniques
 * a report describes in prose, each with the sentences that support it. Immutable and thread-safe.
 *
 * <p>Every sentence gets a score per technique from a linear model over hashed words, word pairs
 * and character n-grams; a document uses a technique when at least one of its sentences scores
 * above that technique's threshold. The reported score is a probability-like value: 0.5 at the
 * threshold, and the logistic of the margin beyond it otherwise (its slope fitted on held-out
 * training reports).
 *
 * <p>{@link #save(Path)} writes a compact gzip binary file with a format version; {@link #load}
 * refuses anything else with a {@link TrainingDataException} saying why.
 */
public final class TechniqueModel {
  /** The file format this build writes and reads. */
  public static final int FORMAT_VERSION = 1;
  private static final byte[] MAGIC = "ASCRIBE-TECHNIQUE-MODEL\n".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_SUPPORT = 3;

  private final FeatureHasher hasher;
  private final boolean context;
  private final Vectorizer vectorizer;
  private final String[] labels;
  private final String[] names;
  private final float[] weights;
  private final float[] bias;
  private final float[] thresholds;
  private final float slope;

  TechniqueModel(FeatureHasher hasher, boolean context, Vectorizer vectorizer, String[] labels, String[] names,
      LinearSvm.Weights weights, float[] thresholds, float slope) {
    this.hasher = hasher;
    this.context = context;
    this.vectorizer = vectorizer;
    this.labels = labels;
    this.names = names;
    this.weights = weights.w();
    this.bias = weights.bias();
    this.thresholds = thresholds;
    this.slope = slope;
  }

  /** The techniques this model can report (ATT&CK ids), sorted. */
  public List<String> techniques() {
    return List.of(labels);
  }

  /** The techniques a report's text describes, highest score first. */
  public List<TechniqueMention> classify(String text) {
    return classifySentences(SentenceSplitter.STANDARD.split(text));
  }

  /** The techniques a document given as sentences describes, highest score first. */
  public List<TechniqueMention> classifySentences(List<String> sentences) {
    float[][] margins = margins(sentences);
    List<TechniqueMention> out = new ArrayList<>();
    for (int l = 0; l < labels.length; l++) {
      int best = -1;
      for (int s = 0; s < margins.length; s++) {
        if (best < 0 || margins[s][l] > margins[best][l]) {
          best = s;
        }
      }
      float threshold = thresholds[l];
      if (best < 0 || margins[best][l] < threshold) {
        continue;
      }
      int label = l;
      List<String> support = java.util.stream.IntStream.range(0, margins.length)
          .filter(s -> margins[s][label] >= threshold)
          .boxed()
          .sorted(Comparator.comparingDouble((Integer s) -> -margins[s][label]).thenComparingInt(s -> s))
          .limit(MAX_SUPPORT)
          .map(sentences::get)
          .toList();
      out.add(new TechniqueMention(labels[l], names[l], probability(margins[best][l] - threshold), support));
    }
    out.sort(Comparator.comparingDouble(TechniqueMention::score).reversed().thenComparing(TechniqueMention::id));
    return out;
  }

  private double probability(float beyondThreshold) {
    double p = 1.0 / (1.0 + Math.exp(-slope * beyondThreshold));
    return Math.round(p * 1000) / 1000.0;
  }

  /** Per sentence, per label: the linear model's margin. */
  float[][] margins(List<String> sentences) {
    List<List<String>> tokens = sentences.stream().map(Tokens::of).toList();
    float[][] out = new float[sentences.size()][];
    for (int s = 0; s < sentences.size(); s++) {
      FeatureHasher.Raw raw = hasher.hash(tokens.get(s),
          context && s > 0 ? tokens.get(s - 1) : null,
          context && s + 1 < tokens.size() ? tokens.get(s + 1) : null);
      out[s] = margins(vectorizer.transform(raw));
    }
    return out;
  }

  float[] margins(Vectorizer.Sparse x) {
    int n = labels.length;
    float[] out = bias.clone();
    int[] idx = x.index();
    float[] val = x.value();
    for (int k = 0; k < idx.length; k++) {
      int base = idx[k] * n;
      float v = val[k];
      for (int l = 0; l < n; l++) {
        out[l] += weights[base + l] * v;
      }
    }
    return out;
  }

  /**
   * Per label, the highest margin of any sentence (negative infinity for no sentences): the document
   * uses a technique when this reaches its threshold.
   */
  float[] documentScores(float[][] sentenceMargins) {
    int n = labels.length;
    float[] out = new float[n];
    Arrays.fill(out, Float.NEGATIVE_INFINITY);
    for (float[] m : sentenceMargins) {
      for (int l = 0; l < n; l++) {
        out[l] = Math.max(out[l], m[l]);
      }
    }
    return out;
  }

  Vectorizer vectorizer() {
    return vectorizer;
  }

  String[] labelArray() {
    return labels;
  }

  float slope() {
    return slope;
  }

  float[] thresholdArray() {
    return thresholds;
  }

  /** Writes the model; the file is replaced atomically where the file system allows it. */
  public void save(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream raw = Files.newOutputStream(tmp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16), 1 << 16))) {
        write(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void write(DataOutputStream out) throws IOException {
    out.write(MAGIC);
    out.writeInt(FORMAT_VERSION);
    out.writeInt(hasher.bits());
    out.writeBoolean(hasher.bigrams());
    out.writeInt(hasher.charMin());
    out.writeInt(hasher.charMax());
    out.writeBoolean(context);
    float[] nsw = vectorizer.namespaceWeights();
    out.writeInt(nsw.length);
    for (float v : nsw) {
      out.writeFloat(v);
    }
    out.writeInt(labels.length);
    for (int l = 0; l < labels.length; l++) {
      out.writeUTF(labels[l]);
      out.writeUTF(names[l]);
      out.writeFloat(bias[l]);
      out.writeFloat(thresholds[l]);
    }
    out.writeFloat(slope);
    int[] active = vectorizer.active();
    float[] idf = vectorizer.idf();
    out.writeInt(active.length);
    int previous = 0;
    for (int i = 0; i < active.length; i++) {
      writeVarInt(out, active[i] - previous);
      previous = active[i];
      out.writeFloat(idf[i]);
    }
    // weights quantised per label to 16 bits: ample for a linear model's margins
    float[] scale = new float[labels.length];
    for (int i = 0; i < weights.length; i++) {
      int l = i % labels.length;
      scale[l] = Math.max(scale[l], Math.abs(weights[i]));
    }
    for (int l = 0; l < labels.length; l++) {
      scale[l] = scale[l] == 0 ? 1 : scale[l] / Short.MAX_VALUE;
      out.writeFloat(scale[l]);
    }
    for (int i = 0; i < weights.length; i++) {
      out.writeShort(Math.round(weights[i] / scale[i % labels.length]));
    }
    out.writeInt(0x454E4421);
  }

  /** Reads a model written by {@link #save(Path)}. */
  public static TechniqueModel load(Path file) throws IOException {
    String source = file.toString();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      raw.mark(2);
      int b1 = raw.read();
      int b2 = raw.read();
      raw.reset();
      if (b1 != 0x1f || b2 != 0x8b) {
        throw new TrainingDataException(source, 0, "not a technique model file (not gzip-compressed)");
      }
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16))) {
        return read(in, source);
      }
    } catch (EOFException e) {
      throw new TrainingDataException(source, 0, "model file ends unexpectedly (truncated)", e);
    } catch (ZipException e) {
      throw new TrainingDataException(source, 0, "model file is corrupt: " + e.getMessage(), e);
    }
  }

  private static TechniqueModel read(DataInputStream in, String source) throws IOException {
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new TrainingDataException(source, 0, "not a technique model file (wrong header)");
    }
    int version = in.readInt();
    if (version != FORMAT_VERSION) {
      throw new TrainingDataException(source, 0,
          "technique model format version " + version + " is not supported (this build reads version "
              + FORMAT_VERSION + "); retrain the model");
    }
    int bits = in.readInt();
    boolean bigrams = in.readBoolean();
    int charMin = in.readInt();
    int charMax = in.readInt();
    boolean context = in.readBoolean();
    int namespaces = in.readInt();
    check(source, namespaces == FeatureHasher.NAMESPACES, "namespace count " + namespaces);
    check(source, bits >= 8 && bits <= 28, "hash bits " + bits);
    check(source, charMin >= 0 && charMax <= 10 && (charMin == 0 || charMin <= charMax), "character n-gram sizes");
    float[] nsw = new float[namespaces];
    for (int i = 0; i < namespaces; i++) {
      nsw[i] = in.readFloat();
    }
    int n = in.readInt();
    check(source, n > 0 && n < 100_000, "label count " + n);
    String[] labels = new String[n];
    String[] names = new String[n];
    float[] bias = new float[n];
    float[] thresholds = new float[n];
    for (int l = 0; l < n; l++) {
      labels[l] = in.readUTF();
      names[l] = in.readUTF();
      bias[l] = in.readFloat();
      thresholds[l] = in.readFloat();
    }
    float slope = in.readFloat();
    int d = in.readInt();
    check(source, d >= 0 && (long) d * n < Integer.MAX_VALUE && d <= (FeatureHasher.NAMESPACES << bits),
        "feature count " + d);
    int[] active = new int[d];
    float[] idf = new float[d];
    int previous = 0;
    for (int i = 0; i < d; i++) {
      int delta = readVarInt(in, source);
      check(source, i == 0 ? delta >= 0 : delta > 0, "feature table order");
      active[i] = previous + delta;
      previous = active[i];
      idf[i] = in.readFloat();
    }
    float[] scale = new float[n];
    for (int l = 0; l < n; l++) {
      scale[l] = in.readFloat();
    }
    float[] w = new float[d * n];
    for (int i = 0; i < w.length; i++) {
      w[i] = in.readShort() * scale[i % n];
    }
    check(source, in.readInt() == 0x454E4421, "end marker");
    check(source, in.read() == -1, "data after the end marker");
    return new TechniqueModel(new FeatureHasher(bits, bigrams, charMin, charMax), context,
        new Vectorizer(bits, active, idf, nsw), labels, names, new LinearSvm.Weights(w, bias, n), thresholds, slope);
  }

  private static void check(String source, boolean ok, String what) throws TrainingDataException {
    if (!ok) {
      throw new TrainingDataException(source, 0, "technique model file is corrupt (bad " + what + ")");
    }
  }

  private static void writeVarInt(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarInt(DataInputStream in, String source) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new TrainingDataException(source, 0, "technique model file is corrupt (bad feature table)");
  }

  /** Techniques by id to name, as the model knows them. */
  Map<String, String> names() {
    Map<String, String> out = new java.util.TreeMap<>();
    for (int l = 0; l < labels.length; l++) {
      out.put(labels[l], names[l]);
    }
    return out;
  }
}
