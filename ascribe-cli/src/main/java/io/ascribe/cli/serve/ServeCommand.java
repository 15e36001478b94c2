package io.ascribe.cli.serve;

import io.ascribe.access.Role;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.NetworkOptions;
import io.ascribe.cli.kb.ImportProgress;
import io.ascribe.cli.model.ModelSummary;
import io.ascribe.model.Tlp;
import io.ascribe.server.AscribeServer;
import io.ascribe.server.PublicUrl;
import io.ascribe.server.Services;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.kb.KbImporter;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.store.technique.TechniqueModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascribe serve}: the web UI, the REST API and TAXII 2.1 over the home's store. */
@Command(
    name = "serve",
    header = "Serve the web UI, the REST API and TAXII 2.1 over this home's store.",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web UI (at /; sign in with a token), the REST API (OpenAPI at /api/openapi.json) and "
          + "TAXII 2.1 (discovery at /taxii2/; Bearer, or Basic auth with the token as password) over this "
          + "home's store, on 127.0.0.1 unless --host says otherwise. On first start against an empty knowledge "
          + "base it imports the --kb sources, with progress; when no token exists yet it creates an admin token "
          + "and prints it once. When the technique classifier is missing or older than the knowledge base, it "
          + "is trained in the background (10-20 s on two cores) while the server already answers; uploads "
          + "meanwhile wait for it.",
      "",
      "Examples:",
      "  ascribe serve --kb ../shared/data/attack/enterprise-attack-18.1.json \\",
      "      --kb ../shared/data/misp-galaxy/clusters",
      "  curl -H \"Authorization: Bearer $TOKEN\" 'http://127.0.0.1:7070/api/actors?q=Vanguard%%20Panda'"
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;
  @Mixin NetworkOptions network;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes it to the network).")
  String host;

  @Option(names = "--public-url", paramLabel = "URL",
      description = "Where clients reach this server (behind a proxy: its address), for the absolute URLs the server "
          + "emits such as TAXII discovery: http(s), a host, optional port and base path (default: http://HOST:PORT).")
  String publicUrl;

  @Option(names = "--kb", paramLabel = "PATH|URL",
      description = "Knowledge source imported on first start when the knowledge base is empty (repeatable).")
  List<String> kb = new ArrayList<>();

  @Option(names = "--max-request-bytes", defaultValue = "1000000",
      description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes;

  @Option(names = "--max-upload-bytes", defaultValue = "20971520",
      description = "Largest document the web UI's upload accepts (default: ${DEFAULT-VALUE}).")
  long maxUploadBytes;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
    }
    PublicUrl url;
    try {
      url = publicUrl == null ? null : new PublicUrl(publicUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--public-url: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Store store = home.open();
    AscribeServer server;
    try {
      importIfEmpty(store, err);
      TokenStore tokens = new TokenStore(store);
      if (tokens.none()) {
        TokenStore.NewToken admin = tokens.create("admin", Role.ADMIN, Tlp.RED, "serve:first-start");
        out.println("Created the first admin token (shown only now; store it safely):");
        out.println("  " + admin.secret());
        out.println("Make more with: ascribe token create --name NAME --role viewer|analyst|admin --tlp LEVEL");
      }
      Services services = new Services(store);
      server = new AscribeServer(services, new AscribeServer.Settings(maxRequestBytes, maxUploadBytes, url))
          .start(host, port);
      buildTaxiiInBackground(services, err);
      trainModelInBackground(store, err);
    } catch (RuntimeException | IOException e) {
      store.close();
      throw e;
    }
    out.printf("Ascribe is serving http://%s:%d/ (web UI; API description: /api/openapi.json; TAXII 2.1: /taxii2/). "
        + "Ctrl-C stops it.%n", host, server.port());
    if (url != null) {
      out.printf("Clients reach it at %s/ (--public-url).%n", url.base());
    } else if (host.equals("0.0.0.0") || host.equals("::")) {
      err.printf("note: TAXII discovery names %s/; give --public-url with the address clients use.%n",
          server.publicUrl().base());
    }
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      store.close();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  /**
   * Brings the TAXII table up to date (seconds on a large knowledge base) while the server already
   * answers, so the first TAXII client does not wait for it alone; TAXII requests meanwhile wait.
   */
  private static void buildTaxiiInBackground(Services services, PrintWriter err) {
    Thread.ofPlatform().daemon().name("taxii-index").start(() -> {
      try {
        services.taxii().refresh();
      } catch (RuntimeException e) {
        err.println("warning: building the TAXII collections failed (retried on the first TAXII request): " + e);
        err.flush();
      }
    });
  }

  /**
   * Brings the technique model up to date on its own thread when it is missing or stale, so the
   * server answers at once; an upload meanwhile waits for the training (the model's lock) and its
   * job says so.
   */
  private static void trainModelInBackground(Store store, PrintWriter err) {
    TechniqueModels models = new TechniqueModels(store);
    if (new KnowledgeBase(store).stats().sources() == 0 || models.isCurrent()) {
      return;
    }
    Thread.ofPlatform().daemon().name("technique-model").start(() -> {
      try {
        TechniqueModels.Refresh refresh = models.refresh(TechniqueModels.Listener.lines(line -> {
          err.println("technique model, in the background (the server answers meanwhile; uploads wait for it): "
              + line);
          err.flush();
        }));
        err.println(ModelSummary.of(refresh));
      } catch (IOException | RuntimeException e) {
        err.println("warning: training the technique model failed (" + e.getMessage() + "); the first upload will "
            + "try again");
      }
      err.flush();
    });
  }

  private void importIfEmpty(Store store, PrintWriter err) throws IOException {
    boolean empty = new KnowledgeBase(store).stats().sources() == 0;
    if (!empty) {
      return;
    }
    if (kb.isEmpty()) {
      err.println("warning: the knowledge base is empty; pass --kb PATH|URL (repeatable) to import on start, or run "
          + "`ascribe kb import` (see `ascribe kb download --help`)");
      return;
    }
    err.println("First start: importing the knowledge base from " + String.join(", ", kb));
    try (ImportProgress progress = new ImportProgress(err, false)) {
      new DerivedIndexes(store).importer(network.fetcher(), progress).importAll(kb, KbImporter.Options.DEFAULT);
    }
  }
}
