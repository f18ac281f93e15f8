package dev.calque.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import dev.calque.engine.CheckOptions;
import dev.calque.reference.ReferenceEvidence;

/**
 * What an audit checks and how: the inputs in order, the request settings (whose language may be
 * "auto"), the names of the JSON fields, and the edited archive findings are weighed against (null:
 * none). Threads are not part of it: any number gives the same results, so a run may resume with
 * another.
 */
public record AuditOptions(List<String> inputs, CheckOptions check, Fields fields, ReferenceEvidence reference) {
  public AuditOptions {
    inputs = List.copyOf(inputs);
  }

  public AuditOptions(List<String> inputs, CheckOptions check, Fields fields) {
    this(inputs, check, fields, null);
  }

  /**
   * A hash of everything that decides the results but the input files themselves (see {@link
   * AuditInputs#state}): the inputs named, the request settings, the content of the rule folders' files
   * (an edited rule changes the findings) and the field names. Stored in the checkpoint and compared on
   * every rerun.
   */
  String fingerprint() {
    StringBuilder b = new StringBuilder(Checkpoint.FORMAT).append('\n');
    for (String in : inputs) {
      b.append("input ").append(Path.of(in).toAbsolutePath().normalize()).append('\n');
    }
    b.append("language ").append(check.language()).append('\n')
        .append("source ").append(check.sourceLanguage()).append('\n')
        .append("grammar ").append(check.grammar()).append('\n')
        .append("enable ").append(new TreeSet<>(check.enable())).append('\n')
        .append("disable ").append(new TreeSet<>(check.disable())).append('\n')
        .append("rules ").append(check.ruleDirs().stream().map(p -> p.toAbsolutePath().normalize().toString()).toList())
        .append('\n')
        .append("min-confidence ").append(check.minConfidence()).append(' ').append(check.explicitMinConfidence())
        .append('\n')
        .append("fields ").append(fields.describe()).append('\n');
    for (Path dir : check.ruleDirs()) {
      b.append("rule files ").append(contentHash(dir)).append('\n');
    }
    if (reference != null) {
      // an index that grew since (calque index adds articles) weighs findings differently
      Path dir = reference.index().path();
      b.append("reference ").append(dir.toAbsolutePath().normalize()).append(' ').append(reference.settings())
          .append(' ').append(listing(dir)).append('\n');
    }
    return sha256(b.toString());
  }

  /**
   * A hash of the names and sizes of the files in a folder: enough for a Lucene index, whose files
   * are written once under new names and whose commit point is a new segments file.
   */
  static String listing(Path dir) {
    MessageDigest d = digest();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
      for (Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
        d.update((f.getFileName() + "\0" + java.nio.file.Files.size(f) + "\0").getBytes(StandardCharsets.UTF_8));
      }
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      d.update(("unreadable " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /** A hash of the names and bytes of every file under a folder, in name order. */
  static String contentHash(Path dir) {
    MessageDigest d = digest();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
      for (Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
        d.update((dir.relativize(f) + "\0").getBytes(StandardCharsets.UTF_8));
        d.update(java.nio.file.Files.readAllBytes(f));
        d.update((byte) 0);
      }
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      // The rule loader has read these folders already; one that cannot be read now only makes the hash differ.
      d.update(("unreadable " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(d.digest());
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
