package io.ascribe.spark.claims;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files of the claims job's inputs, listed on the driver: each input a file, a folder (its
 * files, not below) or a glob, on any Hadoop file system. Hidden files ({@code .name}, {@code
 * _name}) are left out, as Spark's readers leave them out. The files come largest first, each to be
 * read by one task: a task per file keeps all cores busy (a gzip file cannot be split anyway), and
 * starting with the largest evens out the end of the stage.
 */
final class InputFiles {
  /** A file to read: its URI, as its documents' sources name it, and its length. */
  record ListedFile(String uri, long length) {}

  private InputFiles() {}

  /**
   * Lists {@code inputs}.
   *
   * @throws IOException when an input matches no file, naming it
   */
  static List<ListedFile> list(Configuration conf, List<String> inputs) throws IOException {
    Map<String, ListedFile> files = new LinkedHashMap<>();
    for (String input : inputs) {
      Path pattern = new Path(input);
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(pattern);
      int found = 0;
      for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
        FileStatus[] candidates = match.isDirectory() ? fs.listStatus(match.getPath()) : new FileStatus[] {match};
        for (FileStatus f : candidates) {
          if (f.isFile() && !hidden(f.getPath().getName())) {
            files.putIfAbsent(f.getPath().toString(), new ListedFile(f.getPath().toString(), f.getLen()));
            found++;
          }
        }
      }
      if (found == 0) {
        throw new IOException("--input " + input + ": no file matches");
      }
    }
    List<ListedFile> out = new ArrayList<>(files.values());
    out.sort(Comparator.comparingLong(ListedFile::length).reversed().thenComparing(ListedFile::uri));
    return out;
  }

  private static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }
}
