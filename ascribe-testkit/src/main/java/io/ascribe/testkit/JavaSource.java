package io.ascribe.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Java source file as structure tests read it: its package, its imports, and its code with
 * comments (Javadoc included) and string and character literals blanked out, lines kept in place.
 * A line-based reading, good enough for source written in this project's style.
 *
 * @param file the source file
 * @param packageName its package ({@code ""} for the default package)
 * @param imports the imported names, {@code static} dropped ({@code a.b.C}, {@code a.b.*}, {@code a.b.C.member})
 * @param code the text without comments and literals; line {@code n} of the file is line {@code n} here
 */
public record JavaSource(Path file, String packageName, List<String> imports, List<String> code) {
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");
  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");

  /** Every {@code .java} file under {@code root}, in path order. */
  public static List<JavaSource> under(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().map(JavaSource::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads and parses one file. */
  public static JavaSource read(Path file) {
    try {
      return parse(file, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code text} as the content of {@code file}. */
  public static JavaSource parse(Path file, String text) {
    List<String> code = List.of(blankCommentsAndLiterals(text).split("\n", -1));
    String pkg = "";
    List<String> imports = new ArrayList<>();
    for (String line : code) {
      Matcher p = PACKAGE.matcher(line);
      Matcher i = IMPORT.matcher(line);
      if (p.find()) {
        pkg = p.group(1);
      } else if (i.find()) {
        imports.add(i.group(1));
      }
    }
    return new JavaSource(file, pkg, List.copyOf(imports), code);
  }

  /**
   * The names starting with {@code prefix} (such as {@code "io.ascribe."}) written out in code
   * rather than imported: each as {@code file:line: name}. Package and import lines do not count,
   * nor do comments and literals.
   */
  public List<String> inlineQualifiedNames(String prefix) {
    Pattern name = Pattern.compile("(?<![\\w.])" + Pattern.quote(prefix) + "[\\w.]*\\w");
    List<String> out = new ArrayList<>();
    for (int n = 0; n < code.size(); n++) {
      String line = code.get(n);
      if (PACKAGE.matcher(line).find() || IMPORT.matcher(line).find()) {
        continue;
      }
      Matcher m = name.matcher(line);
      while (m.find()) {
        out.add(file + ":" + (n + 1) + ": " + m.group());
      }
    }
    return out;
  }

  /**
   * The packages starting with {@code prefix} that this file refers to, by import or inline name,
   * other than its own. The package of a name is its leading run of lower-case segments.
   */
  public Set<String> referencedPackages(String prefix) {
    Set<String> out = new TreeSet<>();
    List<String> names = new ArrayList<>(imports);
    for (String inline : inlineQualifiedNames(prefix)) {
      names.add(inline.substring(inline.lastIndexOf(' ') + 1));
    }
    for (String n : names) {
      if (n.startsWith(prefix)) {
        String pkg = packageOf(n);
        if (!pkg.equals(packageName)) {
          out.add(pkg);
        }
      }
    }
    return out;
  }

  private static String packageOf(String qualified) {
    StringBuilder pkg = new StringBuilder();
    for (String segment : qualified.split("\\.")) {
      if (segment.equals("*") || segment.isEmpty() || !Character.isLowerCase(segment.charAt(0))) {
        break;
      }
      if (!pkg.isEmpty()) {
        pkg.append('.');
      }
      pkg.append(segment);
    }
    return pkg.toString();
  }

  /** The text with comments and string, text-block and character literals replaced by blanks. */
  static String blankCommentsAndLiterals(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end;
      if (s.startsWith("//", i)) {
        end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? s.length() : end + 3;
      } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        end = i + 1;
        while (end < s.length() && s.charAt(end) != s.charAt(i) && s.charAt(end) != '\n') {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, s.length());
      } else {
        out.append(s.charAt(i++));
        continue;
      }
      for (int k = i; k < end; k++) {
        out.append(s.charAt(k) == '\n' ? '\n' : ' ');
      }
      i = end;
    }
    return out.toString();
  }
}
