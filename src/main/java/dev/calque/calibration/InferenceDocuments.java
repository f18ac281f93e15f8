package dev.calque.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dev.calque.eval.Evaluation;
import dev.calque.eval.MqmSet;

/**
 * The labelled documents source inference is fitted and measured on, all read from where they
 * live (nothing third-party is copied): each with the language it was really translated from
 * (null for text written in its own language), so a document is a positive for its source's pair
 * and a negative for every other pair.
 *
 * <ul>
 * <li>{@code regression}: the regression articles (corpora/regression, and en-es/ into Spanish),
 * source from the file name ({@code .fr-en.txt}), the clean controls with none;
 * <li>{@code heldout}: the held-out sentences (corpora/heldout/SRC-TGT*.txt), marks removed, read as
 * each sentence alone, groups of five consecutive sentences, and each file whole;
 * <li>{@code clean}: edited news under DATA/clean, documents of 20 lines as evaluate reads them;
 * <li>{@code wmt21-news}: MT of news (DATA/wmt21-news/SRC-en/*.hyp.*), each system's output in
 * documents of 20 lines and whole (a feed read together, as --batch-source does);
 * <li>{@code mqm}: each system's translation of a document of the MQM sets (DATA/mqm), source from
 * the set's pair (TED zh-en is Chinese-sourced: no pair may claim it).
 * </ul>
 *
 * <p>The held-out split ({@link HeldOut}, about 30%) is by unit: a sentence or a group of them, a 20-line
 * document, an MQM source document (every system's translation of it on one side), a regression
 * article. Whole files are always fitted: they hold the text of their held-out groups too, so the
 * held-out report says nothing about them.
 */
public final class InferenceDocuments {
  /**
   * Held-out sentences read as one document: each alone (a segment of a CAT tool, where two
   * artifacts in one sentence are rare) and in groups of five (a short article).
   */
  static final int[] SENTENCES = {1, 5};

  /** The report group suffix of held-out sentences read one at a time. */
  static final String SENTENCE_ALONE = " (1 sentence)";

  /**
   * Whether inference is meant to decide documents of this group, so that the fit aims at them: not
   * a sentence alone, which rarely shows two artifacts. Counting those pulled every pair toward "one
   * strong artifact suffices", which for an article means a higher confidence bar: the shared es-en
   * MT article (803 words, 13 Spanish artifacts) went unrecognised. Sentences alone stay in the report.
   */
  static boolean aimedAt(String group) {
    return !group.endsWith(SENTENCE_ALONE);
  }

  /** One labelled document: its set, name, the group it is reported in, target and true source. */
  public record Labelled(String set, String name, String group, String target, String truth, String text,
      boolean heldOut) {
  }

  private static final Pattern PAIR = Pattern.compile(".*?\\.?([a-z]{2})-([a-z]{2})(-\\d+)?\\.txt");

  private InferenceDocuments() {
  }

  /** The regression articles: *.SRC-TGT.txt and clean-control-*.LANG.txt, in name order, subfolders too. */
  public static List<Labelled> regression(Path corpus) {
    List<Labelled> out = new ArrayList<>();
    for (Path f : texts(corpus, true)) {
      String name = corpus.relativize(f).toString().replace('\\', '/');
      String file = f.getFileName().toString();
      Matcher m = PAIR.matcher(file);
      String truth;
      String target;
      if (file.startsWith("clean-control-")) {
        truth = null;
        target = file.replaceAll(".*\\.([a-z]{2})\\.txt", "$1");
      } else if (m.matches()) {
        truth = m.group(1);
        target = m.group(2);
      } else {
        continue;
      }
      out.add(new Labelled("regression", name, "regression " + (truth == null ? "clean controls" : truth + "-" + target)
          + " (articles)", target, truth, read(f), HeldOut.isHeldOut("inference/regression", name)));
    }
    return out;
  }

  /** The held-out sentence files (SRC-TGT.txt, SRC-TGT-2.txt): groups of sentences, and each file whole. */
  public static List<Labelled> heldout(Path dir) {
    List<Labelled> out = new ArrayList<>();
    for (Path f : texts(dir, false)) {
      String file = f.getFileName().toString();
      Matcher m = PAIR.matcher(file);
      if (!m.matches()) {
        continue;
      }
      String truth = m.group(1);
      String target = m.group(2);
      List<String> sentences = new ArrayList<>();
      for (String l : read(f).split("\n")) {
        if (!l.isBlank() && !l.startsWith("#")) {
          sentences.add(unmarked(l));
        }
      }
      String pair = truth + "-" + target;
      for (int size : SENTENCES) {
        for (int from = 0; from < sentences.size(); from += size) {
          int to = Math.min(sentences.size(), from + size);
          String name = file + "#" + (from + 1) + "-" + to;
          out.add(new Labelled("heldout", name, "heldout " + pair + (size == 1 ? SENTENCE_ALONE : " (" + size + " sentences)"),
              target, truth, String.join("\n", sentences.subList(from, to)) + "\n",
              HeldOut.isHeldOut("inference/heldout", name)));
        }
      }
      out.add(new Labelled("heldout", file, "heldout " + pair + " (whole file)", target, truth,
          String.join("\n", sentences) + "\n", false));
    }
    return out;
  }

  /**
   * A marked held-out line as plain text: [[artifact]] becomes the artifact; a mark carrying its
   * corrections ([[artifact=>fix]]) keeps the text before "=>".
   */
  static String unmarked(String line) {
    return Evaluation.withoutMarks(line.replaceAll("\\[\\[([^\\]]*?)=>[^\\]]*\\]\\]", "[[$1]]"));
  }

  /** Edited news under DATA/clean, as 20-line documents; none when the folder is absent. */
  public static List<Labelled> clean(Path data) {
    List<Labelled> out = new ArrayList<>();
    for (Path f : texts(data.resolve("clean"), false)) {
      String file = f.getFileName().toString();
      for (Map.Entry<String, String> d : Evaluation.cleanDocuments(f, -1).entrySet()) {
        String name = file + "#" + d.getKey();
        out.add(new Labelled("clean", name, "clean news (20 lines)", "en", null, d.getValue(),
            HeldOut.isHeldOut("inference/clean", name)));
      }
    }
    return out;
  }

  /** MT of news (DATA/wmt21-news/SRC-TGT/*.hyp.*): 20-line documents and each system's output whole. */
  public static List<Labelled> wmt(Path data, Consumer<String> log) {
    List<Labelled> out = new ArrayList<>();
    Path root = data.resolve("wmt21-news");
    if (!Files.isDirectory(root)) {
      return out;
    }
    for (Path dir : list(root).stream().filter(Files::isDirectory).toList()) {
      String pair = dir.getFileName().toString();
      if (!pair.matches("[a-z]{2}-[a-z]{2}")) {
        continue;
      }
      String truth = pair.substring(0, 2);
      String target = pair.substring(3);
      for (Path f : list(dir).stream().filter(p -> p.getFileName().toString().contains(".hyp.")).toList()) {
        String file = pair + "/" + f.getFileName();
        for (Map.Entry<String, String> d : Evaluation.cleanDocuments(f, -1).entrySet()) {
          String name = file + "#" + d.getKey();
          out.add(new Labelled("wmt21-news", name, "wmt21 " + pair + " MT (20 lines)", target, truth, d.getValue(),
              HeldOut.isHeldOut("inference/wmt21-news", name)));
        }
        out.add(new Labelled("wmt21-news", file, "wmt21 " + pair + " MT (whole file)", target, truth, read(f), false));
      }
    }
    log.accept("wmt21-news: " + out.size() + " documents");
    return out;
  }

  /** Each system's translation of each document of the MQM sets whose target is one of these. */
  public static List<Labelled> mqm(Path data, List<String> targets) {
    List<Labelled> out = new ArrayList<>();
    Path root = data.resolve("mqm");
    if (!Files.isDirectory(root)) {
      return out;
    }
    for (Path dir : list(root).stream().filter(Files::isDirectory).toList()) {
      MqmSet set = MqmSet.read(dir, -1);
      if (!targets.contains(set.targetLanguage())) {
        continue;
      }
      for (MqmSet.Document d : set.documents()) {
        String unit = d.rows().isEmpty() ? d.name() : d.rows().get(0).doc();
        out.add(new Labelled("mqm-" + set.name(), d.name(), "mqm " + set.name() + " (per system and document)",
            set.targetLanguage(), set.sourceLanguage(), d.text(), HeldOut.isHeldOut("inference/" + set.name(), unit)));
      }
    }
    return out;
  }

  private static List<Path> texts(Path dir, boolean subfolders) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = subfolders ? Files.walk(dir) : Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
          .sorted((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
