package io.ascribe.cli.model;

import io.ascribe.store.technique.TechniqueModels;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a technique-model training on stderr: its lines, and on an interactive terminal a
 * progress bar over the one-vs-rest fits (with the time left); nothing when quiet.
 */
public final class TrainingProgress implements TechniqueModels.Listener, AutoCloseable {
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean bar;
  private ProgressBar progressBar;

  /**
   * @param err where lines go
   * @param quiet show nothing
   * @param bar show a bar when stderr is a terminal
   */
  public TrainingProgress(PrintWriter err, boolean quiet, boolean bar) {
    this.err = err;
    this.quiet = quiet;
    this.bar = bar && !quiet && System.console() != null;
  }

  @Override
  public synchronized void step(String line) {
    if (quiet) {
      return;
    }
    closeBar();
    err.println(line);
    err.flush();
  }

  @Override
  public synchronized void fitted(int done, int total) {
    if (!bar) {
      return;
    }
    if (progressBar == null) {
      progressBar = new ProgressBarBuilder()
          .setTaskName("training")
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build();
    }
    progressBar.stepTo(done);
    if (done >= total) {
      closeBar();
    }
  }

  private void closeBar() {
    if (progressBar != null) {
      progressBar.close();
      progressBar = null;
    }
  }

  @Override
  public synchronized void close() {
    closeBar();
  }
}
