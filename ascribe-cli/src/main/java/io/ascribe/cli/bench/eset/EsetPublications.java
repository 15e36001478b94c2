package io.ascribe.cli.bench.eset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads ESET Research's indicator repository ({@code eset/malware-ioc}) into {@link Publication}s.
 * Each top-level folder is one actor or family; within a folder (and its sub-folders):
 *
 * <ul>
 *   <li>every {@code .adoc} other than the README is one publication ({@code YYYY-MM-DD_} in its
 *       name gives the date); {@code partN.adoc} files are the parts of one paper and count once;
 *   <li>a README is one publication, unless its preamble cites no post and at least two of its
 *       {@code ==} sections do (a blog address or a {@code link:}), in which case each such section
 *       starts a publication and the sections after it belong to it; README sections that only
 *       point to an {@code .adoc} of the folder are not publications (the file is); a README part
 *       with no hash or defanged indicator is not a publication;
 *   <li>a MISP event {@code .json} is the same publication as the {@code .adoc} with its stem, as the
 *       README part that links it, or as the publication holding at least half of its hashes, and
 *       then only adds its values to it; otherwise it is a publication of its own;
 *   <li>{@code samples.*} hash lists are not publications: they are added to the folder's README
 *       publication when the README is exactly one publication with indicators of its own, and left
 *       out otherwise (a README that only points to the folder's files would be nothing but the
 *       samples of all of them);
 *   <li>YARA, Snort, scripts and other files are not read.
 * </ul>
 *
 * Live (not defanged) addresses in AsciiDoc prose are citations and are dropped ({@link
 * #withoutReferences}); MISP {@code link} attributes likewise.
 *
 * <p>Dates come from the file name, the MISP event, or else the first WeLiveSecurity address
 * ({@code /YYYY/MM/DD/}) in the text; null when none says.
 */
public final class EsetPublications {
  private static final Pattern FILE_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})_");
  private static final Pattern URL_DATE = Pattern.compile("welivesecurity\\.com/(?:[a-z]{2}/)?(\\d{4})/(\\d{2})/(\\d{2})/");
  private static final Pattern CITES = Pattern.compile("welivesecurity\\.com|virusbulletin\\.com|link:[^\\s\\[]+\\.(?:adoc|json|pdf)");
  private static final Pattern LINK = Pattern.compile("link:([^\\s\\[]+)\\[([^\\]]*)\\]");
  private static final Pattern HASH = Pattern.compile("(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{64}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{32})(?![0-9A-Fa-f])");
  private static final Pattern INDICATOR = Pattern.compile(HASH.pattern() + "|\\[\\.\\]|hxxp");
  private static final Pattern REFERENCE =
      Pattern.compile("(?<!`)(?:link:)?https?://[^\\s\\[`]+(?:\\[([^\\]]*)\\])?");
  private static final Pattern PART = Pattern.compile("part(\\d+)\\.adoc", Pattern.CASE_INSENSITIVE);

  /**
   * What was read.
   *
   * @param skipped files that were looked at and not read as (part of) a publication, each with why
   */
  public record Reading(List<Publication> publications, List<String> skipped) {}

  private EsetPublications() {}

  /** Reads every publication under {@code root}, in folder and file order. */
  public static Reading read(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException(root + ": not a directory (expected ESET's malware-ioc repository)");
    }
    List<Publication> out = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Path top : list(root)) {
      if (!Files.isDirectory(top) || top.getFileName().toString().startsWith(".")) {
        continue;
      }
      List<Path> dirs;
      try (Stream<Path> walk = Files.walk(top)) {
        dirs = walk.filter(Files::isDirectory).sorted().toList();
      }
      for (Path dir : dirs) {
        new Folder(root, top.getFileName().toString(), dir).read(out, skipped);
      }
    }
    return new Reading(List.copyOf(out), List.copyOf(skipped));
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
  }

  /** A publication being assembled. */
  private static final class Draft {
    final List<String> files = new ArrayList<>();
    String title;
    String date;
    final StringBuilder text = new StringBuilder();
    /** A MISP event standing alone: its values are indicators as such, never defanged. */
    boolean misp;

    Draft(String file, String title, String date, String text) {
      files.add(file);
      this.title = title;
      this.date = date;
      this.text.append(text);
    }

    void absorb(String file, String more) {
      files.add(file);
      if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
      text.append(more);
    }
  }

  /** One directory's files. */
  private static final class Folder {
    final Path root;
    final String folder;
    final Path dir;

    Folder(Path root, String folder, Path dir) {
      this.root = root;
      this.folder = folder;
      this.dir = dir;
    }

    String rel(Path p) {
      return root.relativize(p).toString().replace('\\', '/');
    }

    void read(List<Publication> out, List<String> skipped) throws IOException {
      List<Path> files = list(dir).stream().filter(Files::isRegularFile).toList();
      Path readme = null;
      List<Path> adocs = new ArrayList<>();
      List<Path> parts = new ArrayList<>();
      List<Path> jsons = new ArrayList<>();
      List<Path> samples = new ArrayList<>();
      for (Path f : files) {
        String name = f.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("readme.adoc")) {
          readme = f;
        } else if (PART.matcher(name).matches()) {
          parts.add(f);
        } else if (lower.endsWith(".adoc")) {
          adocs.add(f);
        } else if (lower.endsWith(".json")) {
          jsons.add(f);
        } else if (lower.startsWith("samples.")) {
          samples.add(f);
        } else {
          skipped.add(rel(f) + ": not an indicator list (rules, scripts or data)");
        }
      }
      String readmeText = readme == null ? "" : text(readme);
      Map<String, String> linkTitles = linkTitles(readmeText);
      Map<String, Draft> byStem = new LinkedHashMap<>();
      List<Draft> drafts = new ArrayList<>();
      for (Path a : adocs) {
        String name = a.getFileName().toString();
        String body = text(a);
        Draft d = new Draft(rel(a), title(linkTitles.get(name), body, stem(name)), fileDate(name, body),
            withoutReferences(body));
        byStem.put(stem(name), d);
        drafts.add(d);
      }
      if (!parts.isEmpty()) {
        List<Path> ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparingInt(p -> partNumber(p.getFileName().toString())));
        Draft d = null;
        for (Path p : ordered) {
          String name = p.getFileName().toString();
          String body = text(p);
          if (d == null) {
            d = new Draft(rel(p), title(linkTitles.get(name), body, stem(name)), urlDate(body), withoutReferences(body));
          } else {
            d.absorb(rel(p), withoutReferences(body));
          }
          byStem.put(stem(name), d);
        }
        drafts.add(d);
      }
      List<Draft> fromReadme = new ArrayList<>();
      if (readme != null) {
        for (Draft d : readme(readme, readmeText, files)) {
          if (INDICATOR.matcher(d.text).find()) {
            fromReadme.add(d);
          } else {
            skipped.add(d.files.get(0) + ": no hash or defanged indicator in it");
          }
        }
      }
      if (fromReadme.size() == 1) {
        for (Path s : samples) {
          fromReadme.get(0).absorb(rel(s), text(s));
        }
      } else {
        for (Path s : samples) {
          skipped.add(rel(s) + ": a sample list, and the folder's README is not exactly one publication with indicators");
        }
      }
      drafts.addAll(fromReadme);
      for (Path j : jsons) {
        json(j, byStem, fromReadme, drafts, skipped);
      }
      for (Draft d : drafts) {
        if (d.misp ? d.text.indexOf("\n") < d.text.length() - 1 : INDICATOR.matcher(d.text).find()) {
          out.add(new Publication(folder, d.files, d.title, d.date, d.text.toString()));
        } else {
          skipped.add(d.files.get(0) + (d.misp ? ": a MISP event without attributes" : ": no hash or defanged indicator in it"));
        }
      }
    }

    /** The README's publications: one, or one per section citing its own post. */
    List<Draft> readme(Path readme, String body, List<Path> files) {
      Set<String> adocNames = new HashSet<>();
      for (Path f : files) {
        String n = f.getFileName().toString();
        if (n.toLowerCase(Locale.ROOT).endsWith(".adoc") && !n.equalsIgnoreCase("README.adoc")) {
          adocNames.add(n);
        }
      }
      List<String[]> sections = sections(body);
      String preamble = sections.get(0)[1];
      List<String[]> kept = new ArrayList<>();
      for (String[] s : sections.subList(1, sections.size())) {
        if (!pointsToFile(s[1], adocNames)) {
          kept.add(s);
        }
      }
      long citing = kept.stream().filter(s -> CITES.matcher(s[1]).find()).count();
      String file = rel(readme);
      if (!CITES.matcher(preamble).find() && citing >= 2) {
        List<Draft> out = new ArrayList<>();
        Draft current = null;
        for (String[] s : kept) {
          if (CITES.matcher(s[1]).find()) {
            current = new Draft(file + "#" + s[0], s[0], urlDate(s[1]), "== " + s[0] + "\n" + withoutReferences(s[1]));
            out.add(current);
          } else if (current != null) {
            current.text.append("== ").append(s[0]).append('\n').append(withoutReferences(s[1]));
          }
        }
        return out;
      }
      StringBuilder all = new StringBuilder(preamble);
      for (String[] s : kept) {
        all.append("== ").append(s[0]).append('\n').append(s[1]);
      }
      String title = docTitle(body);
      List<Draft> out = new ArrayList<>();
      out.add(new Draft(file, title == null ? folder : title, urlDate(all), withoutReferences(all.toString())));
      return out;
    }

    void json(Path j, Map<String, Draft> byStem, List<Draft> fromReadme, List<Draft> drafts, List<String> skipped)
        throws IOException {
      var event = MispEventText.read(j);
      String name = j.getFileName().toString();
      if (event.isEmpty()) {
        skipped.add(rel(j) + ": JSON but not a MISP event");
        return;
      }
      Draft same = byStem.get(stem(name));
      if (same == null) {
        for (Draft d : fromReadme) {
          if (d.text.indexOf(name) >= 0) {
            same = d;
          }
        }
      }
      if (same == null) {
        same = mostHashes(event.get().text(), drafts);
      }
      if (same != null) {
        same.absorb(rel(j), event.get().text());
        if (same.date == null) {
          same.date = event.get().date();
        }
        return;
      }
      String date = event.get().date() != null ? event.get().date() : fileDate(name, "");
      Draft alone = new Draft(rel(j), event.get().title() != null ? event.get().title() : stem(name), date,
          event.get().text());
      alone.misp = true;
      drafts.add(alone);
    }

    /** The draft holding at least half of the event's hashes, or null. */
    private static Draft mostHashes(String event, List<Draft> drafts) {
      Set<String> hashes = new HashSet<>();
      Matcher m = HASH.matcher(event);
      while (m.find()) {
        hashes.add(m.group().toLowerCase(Locale.ROOT));
      }
      if (hashes.isEmpty()) {
        return null;
      }
      Draft best = null;
      int bestCount = 0;
      for (Draft d : drafts) {
        String lower = d.text.toString().toLowerCase(Locale.ROOT);
        int n = 0;
        for (String h : hashes) {
          n += lower.contains(h) ? 1 : 0;
        }
        if (n > bestCount) {
          best = d;
          bestCount = n;
        }
      }
      return bestCount * 2 >= hashes.size() ? best : null;
    }

    private static String text(Path p) {
      try {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(p + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * The AsciiDoc without its reference links: ESET writes indicators defanged, in backticks or in
   * {@code ----} blocks, so an address written live in prose (the blog post, the white paper, the
   * MISP site) is a citation, not an indicator; it is replaced by its link text. Addresses inside
   * blocks or backticks stay.
   */
  static String withoutReferences(String adoc) {
    StringBuilder out = new StringBuilder(adoc.length());
    boolean block = false;
    for (String line : adoc.split("\n", -1)) {
      if (line.startsWith("----")) {
        block = !block;
      }
      out.append(block ? line : REFERENCE.matcher(line).replaceAll(m -> Matcher.quoteReplacement(
          m.group(1) == null ? "" : m.group(1)))).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** The README split at level-2 headings: the preamble first (heading ""), then {heading, body}. */
  static List<String[]> sections(String body) {
    List<String[]> out = new ArrayList<>();
    String heading = "";
    StringBuilder current = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      if (line.startsWith("== ")) {
        out.add(new String[] {heading, current.toString()});
        heading = line.substring(3).strip();
        current = new StringBuilder();
      } else {
        current.append(line).append('\n');
      }
    }
    out.add(new String[] {heading, current.toString()});
    return out;
  }

  /** True when the section links to one of the folder's {@code .adoc} files (the file is the publication). */
  private static boolean pointsToFile(String section, Set<String> adocNames) {
    Matcher m = LINK.matcher(section);
    while (m.find()) {
      if (adocNames.contains(m.group(1))) {
        return true;
      }
    }
    return false;
  }

  /** For each {@code link:FILE[Text]}, the text the README gives the file. */
  private static Map<String, String> linkTitles(String readme) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = LINK.matcher(readme);
    while (m.find()) {
      String text = m.group(2).replace("`", "").strip();
      if (!text.isEmpty()) {
        out.putIfAbsent(m.group(1), text);
      }
    }
    return out;
  }

  private static String title(String linkTitle, String body, String stem) {
    if (linkTitle != null) {
      return linkTitle;
    }
    String t = docTitle(body);
    return t != null ? t : stem;
  }

  /** The document title line ({@code = Title}), or null. */
  static String docTitle(String body) {
    for (String line : body.split("\n")) {
      if (line.startsWith("= ")) {
        return line.substring(2).strip();
      }
    }
    return null;
  }

  private static String fileDate(String name, CharSequence body) {
    Matcher m = FILE_DATE.matcher(name);
    return m.find() ? m.group(1) : urlDate(body);
  }

  /** The date of the first WeLiveSecurity post address in the text, or null. */
  static String urlDate(CharSequence body) {
    Matcher m = URL_DATE.matcher(body);
    return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
  }

  private static String stem(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static int partNumber(String name) {
    Matcher m = PART.matcher(name);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }
}
