package dev.calque.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import dev.calque.analysis.DocumentAnalyzer;
import dev.calque.analysis.Morphology;
import dev.calque.analysis.TextChars;
import dev.calque.language.LanguageProfile;

/**
 * LanguageTool's part of checking one document — its full analysis and its rules, which cost far
 * more than calque's own — paragraph by paragraph, on the caller's lease and, for a large document,
 * on a second lease in a helper thread as well. Each paragraph's work is independent of the others,
 * so the results are the same whichever worker does it; they are kept by paragraph, in order.
 */
final class LanguageToolPass implements AutoCloseable {
  /** Documents at least this long (UTF-16 units) get a helper: below it, building a second LanguageTool (3-4 s of CPU) does not pay. */
  static final int HELPER_MIN = 30_000;

  private final LanguageProfile profile;
  private final Morphology morphology;
  private final Calque.HelperLease helperLease;
  /** The helper's lease once built, through the windows it worked on; null without a helper. */
  private CompletableFuture<LanguageToolBridge.Lease> helper;
  private volatile boolean closed;

  /**
   * @param helperLease the helper's lease, being borrowed (or built) in the background, or null
   */
  LanguageToolPass(Calque.HelperLease helperLease, LanguageProfile profile, Morphology morphology) {
    this.helperLease = helperLease;
    this.helper = helperLease == null ? null : helperLease.lease();
    this.profile = profile;
    this.morphology = morphology;
  }

  /**
   * LanguageTool's analysis and matches for each paragraph of the window [from, to) that it
   * analyses (not those with a sentence over its length limit), by paragraph start. An error (a
   * stack overflow, say) in any worker is thrown here.
   */
  Map<Integer, LanguageToolBridge.ParagraphWork> run(LanguageToolBridge.Lease lease, DocumentAnalyzer analyzer,
      String text, int from, int to) {
    int[] ranges = DocumentAnalyzer.paragraphRanges(text, from, to);
    List<LanguageToolBridge.ParagraphWork> jobs = new ArrayList<>(ranges.length / 2);
    for (int r = 0; r < ranges.length; r += 2) {
      String content = text.substring(ranges[r], ranges[r + 1]);
      if (analyzer.sentenceTooLongForLanguageTool(content) == null) {
        jobs.add(new LanguageToolBridge.ParagraphWork(ranges[r], TextChars.forLanguageTool(content)));
      }
    }
    List<CompletableFuture<Void>> done = new ArrayList<>(jobs.size());
    for (int i = 0; i < jobs.size(); i++) {
      done.add(new CompletableFuture<>());
    }
    AtomicInteger next = new AtomicInteger();
    if (helper != null) {
      helper = helper.thenApplyAsync(l -> {
        work(l, jobs, done, next);
        return l;
      }, helperLease.executor());
    }
    work(lease, jobs, done, next);
    Map<Integer, LanguageToolBridge.ParagraphWork> out = new HashMap<>(jobs.size() * 2);
    for (int i = 0; i < jobs.size(); i++) {
      try {
        done.get(i).join(); // a paragraph the helper took may still be in progress
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error err) {
          throw err;
        }
        throw cause instanceof RuntimeException re ? re : e;
      }
      out.put(jobs.get(i).start, jobs.get(i));
    }
    return out;
  }

  /** Takes paragraphs not yet taken, one at a time, until none is left; never throws. */
  private void work(LanguageToolBridge.Lease l, List<LanguageToolBridge.ParagraphWork> jobs,
      List<CompletableFuture<Void>> done, AtomicInteger next) {
    LanguageToolBridge.neverReported(l, profile, morphology, true);
    try {
      int i;
      while (!closed && (i = next.getAndIncrement()) < jobs.size()) {
        try {
          LanguageToolBridge.analyseAndCheck(l, jobs.get(i));
          done.get(i).complete(null);
        } catch (Throwable t) {
          done.get(i).completeExceptionally(t);
        }
      }
    } finally {
      LanguageToolBridge.neverReported(l, profile, morphology, false); // the pooled instance keeps no document
    }
  }

  /** Gives the helper's lease back once it is built and done; the caller closes its own lease. */
  @Override
  public void close() {
    closed = true;
    if (helper != null) {
      helper.whenComplete((l, e) -> {
        try {
          if (l != null) {
            l.close();
          }
        } finally {
          helperLease.release().run();
        }
      });
    }
  }
}
