package io.ascribe.extract.technique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and loading a trained model: a faithful round trip, and a clear error for anything else. */
class TechniqueModelTest {
  private static TechniqueModel model;

  @TempDir
  Path dir;

  @BeforeAll
  static void train() {
    model = TechniqueClassifier.train(TechniqueFixtures.reports(3, 24),
        ProcedureExamples.of(List.of(), TechniqueFixtures.NAMES), TechniqueFixtures.settings(3, 3, 2));
  }

  private static String sampleText() {
    java.util.Random r = new java.util.Random(11);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      b.append(i % 3 == 0 ? TechniqueFixtures.phrase(r, TechniqueFixtures.techniques().get(i % 2))
          : TechniqueFixtures.filler(r)).append(' ');
    }
    return b.toString();
  }

  @Test
  void saveLoad_roundTrip_samePredictions() throws Exception {
    Path file = dir.resolve("models/technique.model");

    model.save(file);
    TechniqueModel loaded = TechniqueModel.load(file);

    List<TechniqueMention> before = model.classify(sampleText());
    List<TechniqueMention> after = loaded.classify(sampleText());
    assertThat(before).isNotEmpty();
    assertThat(after).extracting(TechniqueMention::id).containsExactlyElementsOf(
        before.stream().map(TechniqueMention::id).toList());
    assertThat(after).extracting(TechniqueMention::sentences).containsExactlyElementsOf(
        before.stream().map(TechniqueMention::sentences).toList());
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).score()).isCloseTo(before.get(i).score(), org.assertj.core.data.Offset.offset(0.01));
    }
    assertThat(loaded.techniques()).isEqualTo(model.techniques());
    float[][] a = model.margins(List.of("It takes screenshots of the desktop."));
    float[][] b = loaded.margins(List.of("It takes screenshots of the desktop."));
    for (int l = 0; l < a[0].length; l++) {
      assertThat(b[0][l]).isCloseTo(a[0][l], org.assertj.core.data.Offset.offset(1e-3f));
    }
  }

  @Test
  void save_twice_sameBytes() throws Exception {
    model.save(dir.resolve("a"));
    model.save(dir.resolve("b"));

    assertThat(Files.readAllBytes(dir.resolve("a"))).isEqualTo(Files.readAllBytes(dir.resolve("b")));
  }

  @Test
  void load_notGzip_saysNotAModel() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "just some text");

    assertThatThrownBy(() -> TechniqueModel.load(file))
        .isInstanceOf(TrainingDataException.class)
        .hasMessage(file + ": not a technique model file (not gzip-compressed)");
  }

  @Test
  void load_otherGzipFile_saysWrongHeader() throws Exception {
    Path file = dir.resolve("other.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("{\"type\": \"bundle\", \"objects\": []} and more text to fill the header".getBytes(StandardCharsets.UTF_8));
    }

    assertThatThrownBy(() -> TechniqueModel.load(file))
        .isInstanceOf(TrainingDataException.class)
        .hasMessage(file + ": not a technique model file (wrong header)");
  }

  @Test
  void load_truncatedFile_saysTruncated() throws Exception {
    Path good = dir.resolve("good.model");
    model.save(good);
    byte[] bytes = Files.readAllBytes(good);
    Path file = dir.resolve("cut.model");
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> TechniqueModel.load(file))
        .isInstanceOf(TrainingDataException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining("truncated");
  }

  @Test
  void load_corruptedBytes_saysCorrupt() throws Exception {
    Path good = dir.resolve("good.model");
    model.save(good);
    byte[] bytes = Files.readAllBytes(good);
    for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
      bytes[i] ^= 0x5A;
    }
    Path file = dir.resolve("bad.model");
    Files.write(file, bytes);

    assertThatThrownBy(() -> TechniqueModel.load(file))
        .isInstanceOf(TrainingDataException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageMatching(".*(corrupt|truncated).*");
  }

  @Test
  void load_newerFormatVersion_saysRetrain() throws Exception {
    Path file = dir.resolve("future.model");
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
      out.write("ASCRIBE-TECHNIQUE-MODEL\n".getBytes(StandardCharsets.US_ASCII));
      out.writeInt(99);
    }

    assertThatThrownBy(() -> TechniqueModel.load(file))
        .isInstanceOf(TrainingDataException.class)
        .hasMessage(file + ": technique model format version 99 is not supported (this build reads version "
            + TechniqueModel.FORMAT_VERSION + "); retrain the model");
  }

  @Test
  void merge_mentionAndPrediction_oneEntryEach() {
    TechniqueMention cited = new TechniqueMention("T1113", "Screen Capture", 1.0, List.of("It uses T1113."));
    TechniqueMention predicted = new TechniqueMention("T1113", "Screen Capture", 0.8, List.of("It takes screenshots."));
    TechniqueMention other = new TechniqueMention("T1053.005", "Scheduled Task", 0.7, List.of("It adds a task."));

    List<TechniqueMention> merged = TechniqueMentions.merge(List.of(cited), List.of(predicted, other));

    assertThat(merged).containsExactly(
        new TechniqueMention("T1113", "Screen Capture", 1.0, List.of("It uses T1113.", "It takes screenshots.")),
        other);
  }
}
