package io.ascribe.cli.taxii;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.store.Store;
import io.ascribe.store.taxii.TaxiiStore;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe taxii refresh}: brings the TAXII table up to date as the server would (adding the
 * documents stored since the last build, or rebuilding when anything else changed), with progress,
 * and reports the time, the CPU time of the thread and the peak heap.
 */
@Command(
    name = "refresh",
    header = "Bring the TAXII collections up to date.",
    mixinStandardHelpOptions = true,
    description = {
      "Bring the TAXII collections up to date: add the objects of the documents stored since the last "
          + "build, or rebuild them all when the knowledge base changed or documents were removed. One "
          + "transaction: the server keeps serving the previous collections until it commits.",
      "",
      "Examples:",
      "  ascribe taxii refresh --home /tmp/h1",
      "  ascribe taxii refresh --home /tmp/h1 --full --json",
      "  ascribe taxii refresh --db 'jdbc:postgresql://db.example/ascribe?user=ascribe'"
    })
public final class TaxiiRefreshCommand implements Callable<Integer> {
  private static final long PROGRESS_EVERY = 20_000;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;
  @Mixin JsonOption json;

  @Option(names = "--full", description = "Rebuild everything even when only documents were added.")
  boolean full;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (Store store = home.open()) {
      TaxiiStore taxii = new TaxiiStore(store);
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long[] shown = {0};
      Optional<TaxiiStore.Refresh> done = taxii.refresh(full, n -> {
        if (n - shown[0] >= PROGRESS_EVERY) {
          shown[0] = n;
          err.printf("%,10d documents, %.0f s%n", n, (System.nanoTime() - start) / 1e9);
          err.flush();
        }
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      print(done, seconds, cpu, peak, store.embedded());
    }
    return 0;
  }

  private void print(Optional<TaxiiStore.Refresh> done, double seconds, double cpu, long peak, boolean embedded) {
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      ObjectNode o = Json.object();
      o.put("database", embedded ? "h2" : "postgresql");
      o.put("up_to_date", done.isEmpty());
      done.ifPresent(r -> {
        o.put("full", r.full());
        o.put("reason", r.reason());
        o.put("documents", r.documents());
        o.put("rows", r.rows());
      });
      o.put("seconds", seconds);
      o.put("thread_cpu_seconds", cpu);
      o.put("peak_heap_bytes", peak);
      Json.print(out, o);
      return;
    }
    if (done.isEmpty()) {
      out.println("the TAXII collections are up to date");
      return;
    }
    TaxiiStore.Refresh r = done.get();
    out.printf("%s: %s %,d documents, %,d rows in %.1f s (thread CPU %.1f s, peak heap %,d MB)%n",
        embedded ? "H2" : "PostgreSQL", r.full() ? "rebuilt from" : "added", r.documents(), r.rows(), seconds, cpu,
        peak >> 20);
    if (r.full()) {
      out.println("rebuilt because: " + r.reason());
    }
  }
}
