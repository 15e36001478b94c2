package io.ascribe.spark;

import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.store.Store;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.kb.ImportListener;
import io.ascribe.store.kb.KbImporter;
import io.ascribe.testkit.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A home with the testkit's tiny knowledge base (mini ATT&amp;CK, MISP actors, procedure examples). */
public final class TestHome {
  private TestHome() {}

  /** Opens a store in {@code home} and imports the fixtures into it. */
  public static Store create(Path home) throws IOException {
    Store store = Store.open(home);
    KbImporter importer = new DerivedIndexes(store).importer(
        new HttpFetcher(NetworkPolicy.PUBLIC_ONLY, Duration.ofSeconds(1)), ImportListener.NONE);
    Path sources = home.resolve("sources");
    importer.importAll(List.of(
        Fixtures.write(sources, Fixtures.MINI_ATTACK).toString(),
        Fixtures.write(sources, Fixtures.MINI_THREAT_ACTOR).toString(),
        Fixtures.write(sources, Fixtures.MINI_PROCEDURES).toString()), KbImporter.Options.DEFAULT);
    return store;
  }
}
