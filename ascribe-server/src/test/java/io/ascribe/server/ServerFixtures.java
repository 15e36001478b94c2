package io.ascribe.server;

import io.ascribe.access.Role;
import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.kb.ImportListener;
import io.ascribe.store.kb.KbImporter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/** What the server tests set up before starting a server: a knowledge base and the usual tokens. */
public final class ServerFixtures {
  private ServerFixtures() {}

  /** The secrets of a GREEN viewer, an AMBER analyst and a RED admin. */
  public record Tokens(String viewer, String analyst, String admin) {}

  /** Imports knowledge-base files into {@code store} the way {@code ascribe kb import} does. */
  public static void importKb(Store store, Path... files) throws Exception {
    new DerivedIndexes(store).importer(new HttpFetcher(NetworkPolicy.PUBLIC_ONLY, Duration.ofSeconds(1)),
        ImportListener.NONE).importAll(Arrays.stream(files).map(Path::toString).toList(), KbImporter.Options.DEFAULT);
  }

  /** Creates the three tokens most tests sign in with ({@code viewer}, {@code analyst}, {@code admin}). */
  public static Tokens tokens(Store store) {
    TokenStore tokens = new TokenStore(store);
    return new Tokens(tokens.create("viewer", Role.VIEWER, Tlp.GREEN, "test").secret(),
        tokens.create("analyst", Role.ANALYST, Tlp.AMBER, "test").secret(),
        tokens.create("admin", Role.ADMIN, Tlp.RED, "test").secret());
  }
}
