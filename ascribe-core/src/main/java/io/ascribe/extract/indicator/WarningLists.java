package io.ascribe.extract.indicator;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The MISP warning lists (well-known values such as public DNS resolvers, private address ranges,
 * top websites and hashes of empty files) in lookup tables, to mark extracted indicators that are
 * likely false positives.
 *
 * <p>{@link #load(Path)} reads every {@code <name>/list.json} below a folder such as {@code
 * misp-warninglists/lists}, in folder-name order. It understands the list types "string" (exact
 * value), "hostname" (the domain or any subdomain of it), "cidr" (IPv4 and IPv6 blocks and single
 * addresses) and "substring" (the value contains the entry); a file of another type ("regex"), or
 * one that is not a valid list, is skipped and described in {@link #problems()}. A list applies to
 * the indicator types its {@code matching_attributes} name (ip-src/ip-dst for IPs, domain/hostname
 * for domains, url, email-src/email-dst, md5/sha1/sha256, and the composites such as domain|ip and
 * filename|md5); a list without them applies to all.
 *
 * <p>{@link #match} tries, in this order, and returns the first hit: an exact entry of a string or
 * hostname list; the longest CIDR block containing an IP; hostname entries for the value's parent
 * domains, nearest first; substring entries. Within one step the list first in folder-name order
 * wins. A URL is also matched by its host (exact, parent domains, or CIDR for an IP host) and an
 * e-mail address by the parent domains of its domain, using the lists that apply to URLs or e-mail.
 * Comparisons ignore case.
 *
 * <p>Loading puts the entries in hash tables and the CIDR blocks in a sorted range structure (see
 * {@code ListTables}), so a lookup is a few hash probes and a short binary search whatever the
 * lists' sizes. Instances are immutable and thread-safe.
 */
public final class WarningLists {
  private static final WarningLists NONE = new WarningLists(ListTables.build(List.of()));

  private final ListTables tables;

  private WarningLists(ListTables tables) {
    this.tables = tables;
  }

  /** No lists: {@link #match} always returns null. */
  public static WarningLists none() {
    return NONE;
  }

  /**
   * Reads every {@code <name>/list.json} directly below {@code listsDir} (symbolic links are
   * followed). Files are parsed in parallel and merged in folder-name order.
   *
   * @param listsDir the folder, e.g. {@code misp-warninglists/lists}
   * @return the lists that could be read, with {@link #problems()} describing the others
   * @throws NoSuchFileException when {@code listsDir} does not exist
   * @throws NotDirectoryException when it is not a folder
   * @throws IOException when it cannot be listed; a bad list file never throws, see {@link
   *     #problems()}
   */
  public static WarningLists load(Path listsDir) throws IOException {
    Objects.requireNonNull(listsDir, "listsDir must not be null");
    if (!Files.exists(listsDir)) {
      throw new NoSuchFileException(listsDir.toString(), null, "warning-list folder does not exist");
    }
    if (!Files.isDirectory(listsDir)) {
      throw new NotDirectoryException(listsDir + " (expected the folder holding <name>/list.json)");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(listsDir)) {
      for (Path dir : dirs) {
        Path file = dir.resolve("list.json");
        if (Files.isDirectory(dir) && Files.exists(file)) {
          files.add(file);
        }
      }
    }
    files.sort(Comparator.comparing(f -> f.getParent().getFileName().toString()));
    JsonFactory json = new JsonFactory();
    List<WarningListFile> read = files.parallelStream().map(f -> WarningListFile.read(f, json)).toList();
    return new WarningLists(ListTables.build(read));
  }

  /**
   * The name (the file's "name" field) of the first warning list that holds {@code value} as an
   * indicator of {@code type}, or null; see the class description for the order of the checks.
   *
   * @param type one of {@link Indicator#TYPES}
   * @param value the value, as {@link Indicator#value()} holds it (case does not matter)
   * @return the list's name, or null
   * @throws IllegalArgumentException for an unknown type
   */
  public String match(String type, String value) {
    int t = Indicator.typeIndex(type);
    Objects.requireNonNull(value, "value must not be null");
    if (tables.names.isEmpty()) {
      return null;
    }
    int hit = tables.find(t, value.strip().toLowerCase(Locale.ROOT));
    return hit < 0 ? null : tables.names.get(hit);
  }

  /**
   * Files that were skipped, or partly skipped, with the reason: each names the file and what is
   * wrong (malformed JSON with line and column, a missing field, an unsupported list type, entries
   * that are not addresses).
   */
  public List<String> problems() {
    return tables.problems;
  }

  /** Names of the lists loaded, in folder-name order. */
  public List<String> names() {
    return tables.names;
  }
}
