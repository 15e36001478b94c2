package io.ascribe.cli.bench.eset;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows the benchmark's phases on stderr: a line per phase, and on an interactive terminal a
 * progress bar over its steps.
 */
public final class BarProgress implements EsetBenchmark.Progress, AutoCloseable {
  private final PrintWriter err;
  private final boolean bar;
  private ProgressBar current;

  /** @param err where phase lines go */
  public BarProgress(PrintWriter err) {
    this.err = err;
    this.bar = System.console() != null;
  }

  @Override
  public void phase(String name, int total) {
    close();
    err.println(name);
    err.flush();
    if (bar && total > 0) {
      current = new ProgressBarBuilder().setTaskName(name.split(" ")[0]).setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
  }

  @Override
  public void step() {
    if (current != null) {
      current.step();
    }
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
