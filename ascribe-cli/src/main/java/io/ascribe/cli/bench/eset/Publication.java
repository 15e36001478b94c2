package io.ascribe.cli.bench.eset;

import java.util.List;

/**
 * One ESET publication (a blog post or white paper) as the repository gives its indicators.
 *
 * @param folder the top-level folder it sits in (ESET's actor or family name, e.g. {@code sednit})
 * @param files the files it was read from, relative to the repository root (a README section is
 *     {@code README.adoc#Heading})
 * @param title its title, never null (the file stem when nothing better is written)
 * @param date its date (ISO {@code yyyy-mm-dd}) from the file name, the MISP event or the blog
 *     post's address, or null
 * @param text what {@code ascribe extract} would read: the AsciiDoc as written, or a MISP event's
 *     values one a line
 */
public record Publication(String folder, List<String> files, String title, String date, String text) {

  public Publication {
    files = List.copyOf(files);
  }

  /** A short name for output: the first file. */
  public String id() {
    return files.get(0);
  }
}
