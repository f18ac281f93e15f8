package dev.calque.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import dev.calque.engine.Calque;
import dev.calque.engine.DocumentResult;
import dev.calque.util.InOrder;

/**
 * An archive audit: every input item checked on a pool of threads, the outcomes written in input
 * order (so the outputs are the same whatever the number of threads, and whether or not the run was
 * interrupted), checkpoints every few seconds, and the report built from the outputs at the end.
 *
 * <p>Memory is flat in the archive's size: items are drawn one at a time, at most a few per thread
 * are in flight, and nothing is kept per document once it is written. Any kill leaves the last
 * checkpoint; rerunning resumes from it (see {@link Checkpoint}).
 */
public final class Audit {
  public static final String FINDINGS = "findings.jsonl";
  public static final String DOCUMENTS = "documents.csv";
  public static final String PROBLEMS = "problems.jsonl";
  public static final String REPORT = "report.html";
  private static final String LOCK = ".audit.lock";
  /** Problems printed on stderr one by one; the rest are only counted there (all are in problems.jsonl). */
  private static final int SHOWN_PROBLEMS = 20;

  private final Calque runtime;
  private final AuditOptions options;
  private final Path out;
  private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private boolean fresh;
  private PrintWriter err = new PrintWriter(java.io.Writer.nullWriter());
  private Progress.Factory progress = Progress.NONE;
  Disk disk = Disk.REAL;
  /** How often a checkpoint is written; a system property lets the kill test checkpoint more often. */
  long checkpointMillis = Long.getLong("calque.audit.checkpointMillis", 2000);

  public Audit(Calque runtime, AuditOptions options, Path out) {
    this.runtime = runtime;
    this.options = options;
    this.out = out;
  }

  public Audit threads(int n) {
    this.threads = Math.max(1, n);
    return this;
  }

  /** Start over even when the folder holds an interrupted audit of the same inputs. */
  public Audit fresh(boolean on) {
    this.fresh = on;
    return this;
  }

  /** Where skipped items and resumption are reported, a line each. */
  public Audit messages(PrintWriter w) {
    this.err = w;
    return this;
  }

  public Audit progress(Progress.Factory p) {
    this.progress = p;
    return this;
  }

  /**
   * Runs (or resumes, or only reports on) the audit. A bad request is a RequestException or a
   * RuleFileException, thrown before any input is read; a folder that cannot be written, or inputs
   * that changed under a resumed audit, an AuditException.
   */
  public AuditReport.Totals run() throws AuditException {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new AuditException("cannot create the --out folder " + out + ": " + dev.calque.util.Messages.firstLine(e));
    }
    try (FileChannel ch = FileChannel.open(out.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new AuditException("another calque audit is writing to " + out + "; wait for it to end or choose another "
            + "--out");
      }
      return runLocked();
    } catch (IOException e) {
      throw new AuditException("cannot write to " + out + ": " + dev.calque.util.Messages.firstLine(e));
    }
  }

  private AuditReport.Totals runLocked() throws AuditException, IOException {
    DocumentAudit perItem = new DocumentAudit(runtime, options.check(), options.fields(), options.reference());
    String fingerprint = options.fingerprint();
    Checkpoint cp = fresh ? null : Checkpoint.read(out);
    if (cp != null && !cp.settings().equals(fingerprint)) {
      throw new AuditException(out + " holds an audit of other inputs or settings: rerun with --fresh to replace it, "
          + "or choose another --out (the settings include what the --rules folders' files say)");
    }
    String inputs = AuditInputs.state(options.inputs());
    if (cp != null && !cp.inputs().equals(inputs)) {
      // Resuming or keeping results of files that changed would mix two versions of the archive.
      throw new AuditException(cp.complete()
          ? "the inputs changed since the audit in " + out + " was done (a file added, removed or modified): rerun "
              + "with --fresh to audit them again, or choose another --out"
          : "the inputs are not those of the interrupted audit in " + out + " (a file was added, removed or "
              + "modified since): rerun with --fresh to start over");
    }
    Files.deleteIfExists(out.resolve(REPORT));
    if (cp == null) {
      // A fresh start forgets the old checkpoint first: a kill before the new one must not pair it with emptied outputs.
      Files.deleteIfExists(out.resolve(Checkpoint.FILE));
    }
    Outputs o;
    try {
      o = new Outputs(cp);
    } catch (IOException e) {
      throw new AuditException(out + ": an output does not match the checkpoint (" + dev.calque.util.Messages.firstLine(e)
          + "); rerun with --fresh to start over");
    }
    try (o) {
      if (cp == null) {
        o.documents.write(OutputFormat.header());
        cp = o.checkpoint(fingerprint, inputs, 0, new byte[32], false);
      }
      if (!cp.complete()) {
        audit(perItem, o, cp, fingerprint, inputs);
      }
    } catch (UncheckedIOException e) {
      throw stopped(e.getCause(), o);
    } catch (IOException e) {
      throw stopped(e, o);
    }
    try {
      return AuditReport.write(out, disk);
    } catch (IOException e) {
      throw new AuditException("cannot write the report to " + out + ": " + dev.calque.util.Messages.firstLine(e)
          + "; the audit itself is complete: free some space and run the same command again for the report");
    }
  }

  private AuditException stopped(IOException e, Outputs o) {
    return new AuditException("cannot write to " + out + ": " + dev.calque.util.Messages.firstLine(e) + "; the audit is "
        + "saved up to item " + o.saved + ": free some space and run the same command again to resume", e);
  }

  private void audit(DocumentAudit perItem, Outputs o, Checkpoint cp, String fingerprint, String state)
      throws AuditException, IOException {
    AuditInputs inputs = new AuditInputs(options.inputs(), options.fields());
    byte[] chain = new byte[32];
    for (long i = 0; i < cp.next(); i++) {
      if (!inputs.hasNext()) {
        throw changed(cp);
      }
      chain = link(chain, inputs.next().identity());
    }
    if (!HexFormat.of().formatHex(chain).equals(cp.chain())) {
      throw changed(cp);
    }
    if (cp.next() > 0) {
      err.println("calque: resuming the audit in " + out + " after item " + cp.next());
      err.flush();
    }
    long total = progress.wantsTotal() ? AuditInputs.totalBytes(options.inputs()) : 0;
    long[] done = {cp.next(), 0, 0, 0}; // next item, documents and findings in this run, problems shown
    byte[][] link = {chain};
    long[] lastCheckpoint = {System.nanoTime()};
    try (Progress bar = progress.start(total, inputs.bytesRead())) {
      InOrder.run(inputs, threads, 4 * threads, "calque-audit", perItem::work, outcome -> {
        try {
          link[0] = link(link[0], outcome.item().identity());
          write(o, outcome, done);
          done[0]++;
          bar.update(done[1], done[2], inputs.bytesRead());
          if (System.nanoTime() - lastCheckpoint[0] >= checkpointMillis * 1_000_000L) {
            o.checkpoint(fingerprint, state, done[0], link[0], false);
            lastCheckpoint[0] = System.nanoTime();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    o.checkpoint(fingerprint, state, done[0], link[0], true);
    if (done[3] > SHOWN_PROBLEMS) {
      err.println("calque: " + (done[3] - SHOWN_PROBLEMS) + " more skipped items: see " + out.resolve(PROBLEMS));
    }
    err.flush();
  }

  private AuditException changed(Checkpoint cp) {
    return new AuditException("the inputs are not those of the interrupted audit in " + out + " (the first " + cp.next()
        + " items differ): rerun with --fresh to start over");
  }

  private void write(Outputs o, Outcome outcome, long[] done) throws IOException {
    if (outcome.problem() != null) {
      o.problems.write(OutputFormat.problem(outcome.problem(), outcome.kind()));
      if (++done[3] <= SHOWN_PROBLEMS) {
        err.println("calque: " + outcome.problem());
      }
      return;
    }
    DocumentResult r = outcome.result();
    o.findings.write(OutputFormat.findings(outcome.article(), r));
    o.documents.write(OutputFormat.document(DocumentSummary.of(outcome.article(), r, outcome.item().where())));
    done[1]++;
    done[2] += r.findings().size();
  }

  /** The chain of item identities: each link hashes the previous one with the next identity. */
  private static byte[] link(byte[] chain, String identity) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(chain);
      d.update(identity.getBytes(StandardCharsets.UTF_8));
      return d.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The three outputs, cut back to the checkpoint's sizes (emptied for a new audit). */
  private final class Outputs implements AutoCloseable {
    final OutputFile findings;
    final OutputFile documents;
    final OutputFile problems;
    long saved;

    Outputs(Checkpoint cp) throws IOException {
      findings = new OutputFile(disk.open(out.resolve(FINDINGS)), cp == null ? 0 : cp.findings());
      documents = new OutputFile(disk.open(out.resolve(DOCUMENTS)), cp == null ? 0 : cp.documents());
      problems = new OutputFile(disk.open(out.resolve(PROBLEMS)), cp == null ? 0 : cp.problems());
      saved = cp == null ? 0 : cp.next();
    }

    /** Syncs the outputs, then records them in a new checkpoint. */
    Checkpoint checkpoint(String fingerprint, String inputs, long next, byte[] chain, boolean complete)
        throws IOException {
      findings.sync();
      documents.sync();
      problems.sync();
      Checkpoint cp = new Checkpoint(Checkpoint.FORMAT, fingerprint, inputs, next, HexFormat.of().formatHex(chain),
          findings.size(), documents.size(), problems.size(), complete);
      cp.write(out, disk);
      saved = next;
      return cp;
    }

    @Override
    public void close() throws IOException {
      findings.close();
      documents.close();
      problems.close();
    }
  }
}
