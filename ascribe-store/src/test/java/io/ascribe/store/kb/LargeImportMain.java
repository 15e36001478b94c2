package io.ascribe.store.kb;

import io.ascribe.store.Store;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.kb.KbImporter.Options;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/** Child-JVM entry point for {@link LargeFileImportTest}: imports files into a store home and reports counts. */
public final class LargeImportMain {
  private LargeImportMain() {}

  /**
   * Arguments: the Ascribe home, then the inputs. Prints {@code added=<n> updated=<n> ...} on one
   * line; exits 0 on success, 1 on any failure (and 3 on OutOfMemoryError when started with
   * {@code -XX:+ExitOnOutOfMemoryError}).
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: LargeImportMain <home> <input>...");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    try (Store store = Store.open(Path.of(args[0]))) {
      KbImporter importer = new DerivedIndexes(store).importer(KbTestSupport.loopbackFetcher(), ImportListener.NONE);
      ImportSummary summary = importer.importAll(List.of(args).subList(1, args.length), Options.DEFAULT);
      long elapsed = (System.nanoTime() - t0) / 1_000_000;
      long objects = KbTestSupport.count(store, "select count(*) from kb_object");
      System.gc();
      long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.printf(
          "added=%d updated=%d rejected=%d storedObjects=%d elapsedMs=%d readAndStoreMs=%d "
              + "rebuildMs=%d commitMs=%d indexMs=%d maxHeapMB=%d heapRetainedAfterImportMB=%d%n",
          summary.added(), summary.updated(), summary.rejected(), objects, elapsed,
          summary.timings().readAndStore(), summary.timings().rebuild(), summary.timings().commit(),
          summary.timings().index(), Runtime.getRuntime().maxMemory() >> 20, retained >> 20);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }
}
