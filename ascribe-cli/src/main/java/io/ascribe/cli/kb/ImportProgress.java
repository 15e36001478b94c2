package io.ascribe.cli.kb;

import io.ascribe.kb.KbInput;
import io.ascribe.store.kb.ImportListener;
import io.ascribe.store.kb.ImportSummary;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows import progress: a progress bar per input on an interactive terminal, one line per input
 * otherwise, nothing when quiet.
 */
public final class ImportProgress implements ImportListener, AutoCloseable {
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal = System.console() != null;
  private ProgressBar bar;

  public ImportProgress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public void started(KbInput input, int index, int total) {
    if (quiet) {
      return;
    }
    String name = "[" + (index + 1) + "/" + total + "] " + shortName(input.location());
    if (terminal) {
      bar = new ProgressBarBuilder()
          .setTaskName(name)
          .setInitialMax(Math.max(input.size(), 0))
          .setStyle(ProgressBarStyle.ASCII)
          .setUnit(" MB", 1 << 20)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .hideEta()
          .build();
    } else {
      err.println(name);
      err.flush();
    }
  }

  @Override
  public void progress(KbInput input, long bytesRead) {
    if (bar != null) {
      bar.stepTo(bytesRead);
    }
  }

  @Override
  public void finished(ImportSummary.InputResult result) {
    closeBar();
  }

  @Override
  public void rebuilding() {
    if (!quiet) {
      err.println("Linking aliases and rebuilding profiles ...");
      err.flush();
    }
  }

  private void closeBar() {
    if (bar != null) {
      bar.stepTo(bar.getMax());
      bar.close();
      bar = null;
    }
  }

  private static String shortName(String location) {
    int slash = location.lastIndexOf('/');
    return slash >= 0 && slash < location.length() - 1 ? location.substring(slash + 1) : location;
  }

  @Override
  public void close() {
    closeBar();
  }
}
