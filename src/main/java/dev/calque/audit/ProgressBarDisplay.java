package dev.calque.audit;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a terminal (me.tongfei:progressbar): megabytes of input read against the total
 * (hence the ETA), with documents, documents per second and findings beside it.
 */
public final class ProgressBarDisplay implements Progress.Factory {
  private final PrintStream stream;
  private final int width;

  public ProgressBarDisplay(PrintStream stream) {
    this(stream, -1);
  }

  /** A bar of a fixed width (-1: the terminal's). */
  ProgressBarDisplay(PrintStream stream, int width) {
    this.stream = stream;
    this.width = width;
  }

  @Override
  public boolean wantsTotal() {
    return true;
  }

  @Override
  public Progress start(long totalBytes, long startBytes) {
    ProgressBar bar = new ProgressBarBuilder().setTaskName("audit").setInitialMax(Math.max(1, totalBytes))
        .setUnit(" MB", 1 << 20).showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(stream, width)).startsFrom(startBytes, Duration.ZERO).build();
    long started = System.nanoTime();
    return new Progress() {
      @Override
      public void update(long documents, long findings, long bytesRead) {
        bar.stepTo(bytesRead);
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        bar.setExtraMessage(String.format(Locale.ROOT, " %,d docs, %.0f docs/s, %,d findings", documents,
            documents / seconds, findings));
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
