package io.ascribe.extract.layout;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.entity.NameMatcher;
import io.ascribe.extract.indicator.IndicatorExtractor;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.extract.input.DocumentInputs;
import io.ascribe.extract.input.InputProblem;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.extract.technique.ProcedureExamples;
import io.ascribe.extract.technique.TechniqueBenchmark;
import io.ascribe.extract.technique.TechniqueClassifier;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.extract.technique.TechniqueMentions;
import io.ascribe.extract.technique.TechniqueModel;
import io.ascribe.extract.technique.TramReports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The technique benchmark read as users feed reports: report-disjoint cross-validation as in {@link
 * TechniqueBenchmark}, where each held-out report is also rendered in each {@link ReportLayout} and
 * read through the whole {@code ascribe extract} path ({@link DocumentInputs}, then {@link
 * DocumentExtractor} with the fold's model). Each layout's per-document scores sit next to the
 * sentence-level figure, with the share of the report's sentences its main text kept.
 */
public final class LayoutBenchmark {
  private LayoutBenchmark() {}

  /**
   * One layout's figures.
   *
   * @param scores techniques found through the extract path (the classifier and explicit mentions,
   *     as {@code extract} merges them), scored per document
   * @param sentencesKept the share of the reports' sentences found whole in the extracted text
   * @param shortReports reports whose extracted text kept under half of their sentences
   * @param problems reports the input stage refused (each is scored as an empty document)
   */
  public record LayoutScores(ReportLayout layout, TechniqueBenchmark.Scores scores, double sentencesKept,
      int shortReports, List<String> problems) {}

  /**
   * The benchmark's result.
   *
   * @param sentences the cross-validation on the reports' own sentences
   * @param layouts each layout's figures, in the order asked for
   */
  public record Result(TechniqueBenchmark.Result sentences, List<LayoutScores> layouts) {}

  /** Runs the cross-validation, reading every held-out report in each of {@code layouts}. */
  public static Result run(List<TramReports.Report> reports, ProcedureExamples procedures,
      TechniqueClassifier.Settings settings, int folds, List<ReportLayout> layouts) {
    DocumentExtractor extractor = new DocumentExtractor(new IndicatorExtractor(WarningLists.none()),
        new NameMatcher<>(Map.of(), 4), new TechniqueMentions(procedures.techniqueNames()));
    DocumentInputs inputs = new DocumentInputs();
    Map<ReportLayout, Counts> counts = new LinkedHashMap<>();
    layouts.forEach(l -> counts.put(l, new Counts()));
    TechniqueBenchmark.Result sentences = TechniqueBenchmark.run(reports, procedures, settings, folds,
        (model, report, gold) -> {
          List<String> text = report.sentences().stream().map(TramReports.Sentence::text).toList();
          DocumentExtractor withModel = extractor.withClassifier(model);
          counts.forEach((layout, c) -> c.add(read(layout, report.title(), text, inputs, withModel, model), text, gold));
        });
    List<LayoutScores> out = new ArrayList<>();
    counts.forEach((layout, c) -> out.add(c.scores(layout)));
    return new Result(sentences, List.copyOf(out));
  }

  /** One report in one layout through the extract path: its documents, or the reason none came out. */
  private record Reading(List<ExtractedDocument> documents, Set<String> techniques, List<String> problems) {}

  private static Reading read(ReportLayout layout, String title, List<String> sentences, DocumentInputs inputs,
      DocumentExtractor extractor, TechniqueModel model) {
    ReportLayout.Rendered rendered = layout.render(title, sentences);
    List<RawDocument> raw = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    inputs.read(rendered.fileName(), rendered.bytes(), raw::add,
        (InputProblem p) -> problems.add(title + ": " + p.message()));
    List<ExtractedDocument> documents = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (RawDocument r : raw) {
      ExtractedDocument d = extractor.extract(r.source(), r.bytes(), r.nameOrContentType());
      documents.add(d);
      d.techniques().stream().map(TechniqueMention::id).forEach(ids::add);
    }
    return new Reading(documents, TechniqueBenchmark.inLabelSpace(model, ids), problems);
  }

  /** One layout's running counts. */
  private static final class Counts {
    final TechniqueBenchmark.Tally tally = new TechniqueBenchmark.Tally();
    final List<String> problems = new ArrayList<>();
    long sentences;
    long kept;
    int shortReports;

    void add(Reading reading, List<String> text, Set<String> gold) {
      tally.add(gold, reading.techniques());
      problems.addAll(reading.problems());
      String extracted = String.join("\n", reading.documents().stream().map(ExtractedDocument::text).toList());
      int countable = SentenceCoverage.countable(text);
      int found = SentenceCoverage.found(text, extracted);
      sentences += countable;
      kept += found;
      if (found * 2 < countable) {
        shortReports++;
      }
    }

    LayoutScores scores(ReportLayout layout) {
      return new LayoutScores(layout, tally.scores(), sentences == 0 ? 1 : (double) kept / sentences, shortReports,
          List.copyOf(problems));
    }
  }
}
