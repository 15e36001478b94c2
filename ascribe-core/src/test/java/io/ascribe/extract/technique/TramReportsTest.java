package io.ascribe.extract.technique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading TRAM2-style JSON lines; every rejected line is named with the reason. */
class TramReportsTest {
  @TempDir
  Path dir;

  private Path file(String... lines) throws Exception {
    Path f = dir.resolve("train.jsonl");
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  @Test
  void load_validLines_reportsWithSentencesAndLabels() throws Exception {
    Path f = file(
        "{\"title\": \"One\", \"sentences\": [{\"text\": \"It runs cmd.\", \"labels\": [\"T1059.003\"]},"
            + " {\"text\": \"Nothing.\", \"labels\": []}, {\"text\": \"Again cmd.\", \"labels\": [\"T1059.003\", \"T1105\"]}]}",
        "",
        "{\"title\": \"Two\", \"sentences\": [{\"text\": \"No labels field.\"}]}");

    List<TramReports.Report> reports = TramReports.load(f);

    assertThat(reports).hasSize(2);
    assertThat(reports.get(0).title()).isEqualTo("One");
    assertThat(reports.get(0).sentences()).extracting(TramReports.Sentence::text)
        .containsExactly("It runs cmd.", "Nothing.", "Again cmd.");
    assertThat(reports.get(0).labels()).containsExactly("T1059.003", "T1105");
    assertThat(reports.get(1).sentences().get(0).labels()).isEmpty();
  }

  @Test
  void load_malformedJsonLine_namesFileAndLine() throws Exception {
    Path f = file("{\"title\": \"ok\", \"sentences\": []}", "", "{\"title\": \"broken\", \"sentences\": [");

    assertThatThrownBy(() -> TramReports.load(f))
        .isInstanceOf(TrainingDataException.class)
        .hasMessageStartingWith(f + ":3: malformed JSON")
        .satisfies(e -> assertThat(((TrainingDataException) e).line()).isEqualTo(3));
  }

  @Test
  void load_badLabel_namesLineAndSentence() throws Exception {
    Path f = file("{\"title\": \"x\", \"sentences\": [{\"text\": \"a\", \"labels\": []},"
        + " {\"text\": \"b\", \"labels\": [\"Process Injection\"]}]}");

    assertThatThrownBy(() -> TramReports.load(f))
        .isInstanceOf(TrainingDataException.class)
        .hasMessage(f + ":1: sentences[1].labels has 'Process Injection', not an ATT&CK technique id like T1059 or T1059.001");
  }

  @Test
  void load_sentencesNotAnArray_namesLine() throws Exception {
    Path f = file("{\"title\": \"x\", \"sentences\": \"one. two.\"}");

    assertThatThrownBy(() -> TramReports.load(f))
        .hasMessage(f + ":1: 'sentences' must be an array, got string");
  }

  @Test
  void load_reportNotAnObject_namesLine() throws Exception {
    Path f = file("{\"title\": \"x\", \"sentences\": []}", "[1, 2]");

    assertThatThrownBy(() -> TramReports.load(f))
        .hasMessage(f + ":2: a report must be a JSON object, got array");
  }

  @Test
  void load_sentenceWithoutText_namesLineAndSentence() throws Exception {
    Path f = file("{\"sentences\": [{\"labels\": [\"T1105\"]}]}");

    assertThatThrownBy(() -> TramReports.load(f))
        .hasMessage(f + ":1: sentences[0] must be an object with a string 'text'");
  }
}
