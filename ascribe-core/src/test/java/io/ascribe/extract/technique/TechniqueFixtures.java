package io.ascribe.extract.technique;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded, hand-written training material with an obvious mapping: three techniques, each phrased
 * a few ways, mixed into reports with unrelated filler sentences. A classifier that learns
 * anything must find them.
 */
final class TechniqueFixtures {
  static final String SCHEDULED_TASK = "T1053.005";
  static final String RUN_KEY = "T1547.001";
  static final String SCREEN_CAPTURE = "T1113";

  static final Map<String, String> NAMES = Map.of(
      SCHEDULED_TASK, "Scheduled Task", RUN_KEY, "Registry Run Keys / Startup Folder", SCREEN_CAPTURE, "Screen Capture");

  private static final Map<String, String[]> PHRASES = Map.of(
      SCHEDULED_TASK, new String[] {
          "The %s creates a scheduled task named %s that runs it every hour.",
          "For persistence, the %s registers a scheduled task with schtasks /create.",
          "A scheduled task called %s launches the %s at logon.",
          "The operators used schtasks to create a task that starts the %s daily."},
      RUN_KEY, new String[] {
          "The %s adds a value named %s to the Run key so it starts at boot.",
          "Persistence is achieved by writing the %s path under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.",
          "The %s sets a registry Run key value pointing to %s.",
          "It writes itself to the RunOnce registry key to survive a reboot of the %s host."},
      SCREEN_CAPTURE, new String[] {
          "The %s takes screenshots of the desktop every %s seconds.",
          "Screen captures of the victim's display are taken by the %s and uploaded.",
          "The %s module grabs a screenshot whenever the user opens %s.",
          "It captures the screen and saves the images before sending them to the %s server."});

  private static final String[] FILLER = {
      "The report was published by the research team in %s.",
      "The %s group has been active since at least %s.",
      "Victims include banks and telecommunication companies in %s.",
      "We thank our colleagues for their help with the %s analysis.",
      "The campaign overlaps with earlier activity reported in %s.",
      "Indicators of compromise are listed at the end of the %s report.",
      "The samples were first uploaded to a public repository in %s.",
      "Our telemetry shows infections in %s and neighbouring countries."};

  private static final String[] WORDS = {
      "loader", "implant", "backdoor", "dropper", "Updater", "svc", "Europe", "2021", "March", "Asia", "beacon", "agent"};

  private TechniqueFixtures() {}

  /** The techniques in a fixed order. */
  static List<String> techniques() {
    return List.of(SCHEDULED_TASK, RUN_KEY, SCREEN_CAPTURE);
  }

  /**
   * {@code count} reports: each uses one or two of the techniques among filler sentences; each
   * technique's phrasings take turns, so every phrasing is seen.
   */
  static List<TramReports.Report> reports(long seed, int count) {
    Random r = new Random(seed);
    Map<String, Integer> turn = new java.util.HashMap<>();
    List<TramReports.Report> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> used = new ArrayList<>();
      used.add(techniques().get(i % 3));
      if (r.nextBoolean()) {
        used.add(techniques().get((i + 1) % 3));
      }
      List<TramReports.Sentence> sentences = new ArrayList<>();
      for (int k = 0; k < 10; k++) {
        sentences.add(new TramReports.Sentence(filler(r), List.of()));
        if (k % 4 == 1 && k / 4 < used.size()) {
          String t = used.get(k / 4);
          String[] p = PHRASES.get(t);
          int n = turn.merge(t, 1, Integer::sum);
          sentences.add(new TramReports.Sentence(String.format(p[n % p.length], word(r), word(r)), List.of(t)));
        }
      }
      out.add(new TramReports.Report("report " + i, sentences));
    }
    return out;
  }

  /** A sentence describing technique {@code id}, different for different random states. */
  static String phrase(Random r, String id) {
    String[] p = PHRASES.get(id);
    return String.format(p[r.nextInt(p.length)], word(r), word(r));
  }

  static String filler(Random r) {
    return String.format(FILLER[r.nextInt(FILLER.length)], word(r), word(r));
  }

  private static String word(Random r) {
    return WORDS[r.nextInt(WORDS.length)];
  }

  /** Fast settings for small fixtures: words only, fixed threshold unless inner folds are asked for. */
  static TechniqueClassifier.Settings settings(long seed, int innerFolds, int threads) {
    return new TechniqueClassifier.Settings(seed, 16, true, 3, 4, 0.5, 0.0, 1, 1.0, 1.0, 1.0, innerFolds, 0.5, 0.0,
        false, 5, threads);
  }
}
