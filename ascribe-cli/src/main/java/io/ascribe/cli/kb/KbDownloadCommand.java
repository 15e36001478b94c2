package io.ascribe.cli.kb;

import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.cli.NetworkOptions;
import io.ascribe.digest.Sha256;
import io.ascribe.fetch.HttpFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascribe kb download}: fetches the public knowledge files from their upstream URLs. */
@Command(
    name = "download",
    header = "Download MITRE ATT&CK and the MISP galaxy clusters into a folder, ready to import.",
    mixinStandardHelpOptions = true,
    description = {
      "Download MITRE ATT&CK and the MISP galaxy clusters from their public homes into a folder, ready for "
          + "`ascribe kb import`. Each file is written atomically.",
      "",
      "Air-gapped: point --mirror at a local copy laid out like the download folder, or give --sources "
          + "FILE with lines <local path>=<URL>.",
      "",
      "Examples:",
      "  ascribe kb download && ascribe kb import ~/.ascribe/downloads",
      "  ascribe kb download --mirror http://mirror.internal/ascribe/ --allow-private-network"
    })
public final class KbDownloadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--to", paramLabel = "DIR", description = "Target folder (default: <home>/downloads).")
  Path to;

  @Option(names = "--sources", paramLabel = "FILE", description = "Properties file of <local path>=<URL> to use instead of the built-in list.")
  Path sources;

  @Option(names = "--mirror", paramLabel = "BASE-URL", description = "Fetch every file from BASE-URL/<local path> instead of upstream.")
  String mirror;


  @Mixin NetworkOptions network;

  @Mixin JsonOption json;

  /** One downloaded file. */
  public record Downloaded(String path, String url, long bytes, String sha256) {}

  @Override
  public Integer call() throws Exception {
    Path target = to != null ? to : home.path().resolve("downloads");
    HttpFetcher fetcher = network.fetcher();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Downloaded> done = new ArrayList<>();
    for (Map.Entry<String, String> e : sourceList().entrySet()) {
      String url = mirror != null ? mirror.replaceAll("/+$", "") + "/" + e.getKey() : e.getValue();
      Path file = target.resolve(e.getKey()).normalize();
      if (!file.startsWith(target.normalize())) {
        throw new IllegalArgumentException("source path escapes the target folder: " + e.getKey());
      }
      if (!json.requested()) {
        err.println("Downloading " + url);
        err.flush();
      }
      done.add(download(fetcher, url, file, e.getKey()));
    }
    if (json.requested()) {
      Json.print(out, done);
    } else {
      long total = done.stream().mapToLong(Downloaded::bytes).sum();
      out.printf("Downloaded %d files (%.1f MB) into %s%nNext: ascribe kb import %s%n",
          done.size(), total / 1e6, target, target);
    }
    return 0;
  }

  private Map<String, String> sourceList() throws IOException {
    Properties p = new Properties();
    if (sources != null) {
      try (Reader r = Files.newBufferedReader(sources, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } else {
      try (InputStream in = KbDownloadCommand.class.getResourceAsStream("sources.properties")) {
        p.load(in);
      }
    }
    Map<String, String> m = new LinkedHashMap<>();
    p.stringPropertyNames().stream().sorted().forEach(k -> m.put(k, p.getProperty(k)));
    return m;
  }

  private static Downloaded download(HttpFetcher fetcher, String url, Path file, String relative) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), ".download-", ".part");
    try {
      MessageDigest sha = Sha256.newDigest();
      long bytes;
      try (InputStream in = fetcher.open(url);
          OutputStream os = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
        bytes = in.transferTo(os);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Downloaded(relative, url, bytes, Sha256.finish(sha));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
