package dev.calque.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import dev.calque.analysis.DocumentAnalyzer;
import dev.calque.analysis.Morphology;
import dev.calque.bilingual.BilingualRule;
import dev.calque.bilingual.BilingualRuleLoader;
import dev.calque.bitext.Glossary;
import dev.calque.io.ResourceTree;
import dev.calque.language.LanguageProfile;
import dev.calque.language.LanguageProfiles;
import dev.calque.lexicon.Gazetteer;
import dev.calque.rule.Rule;
import dev.calque.rule.family.Evidence;
import dev.calque.rule.data.RuleLoader;

/**
 * The calque runtime: the one façade every front end (command line, tests, later the server and
 * the audit) holds, as LanguageTool's clients hold a JLanguageTool. It owns the heavy resources —
 * language profiles, morphology and analysers, the gazetteer index, the bundled rules, pooled
 * LanguageTool instances — builds each on first use, and shares them between threads. There is no
 * process-wide state: two runtimes share nothing, and dropping one frees all it built.
 *
 * <p>Checks go through {@link #checker(CheckOptions)}: one {@link Checker} per request settings,
 * reusable for any number of documents and threads.
 */
public final class Calque {
  private final LanguageProfiles profiles = LanguageProfiles.discover();
  private final Map<String, Lazy<Morphology>> morphology = new ConcurrentHashMap<>();
  private final Map<String, Lazy<DocumentAnalyzer>> analyzers = new ConcurrentHashMap<>();
  private final Map<String, Lazy<Gazetteer>> gazetteers = new ConcurrentHashMap<>();
  /** The evidence weights rules read (rules/evidence.yaml), one table per runtime. */
  private final Lazy<Evidence> evidence = new Lazy<>(Evidence::load);
  private final Lazy<List<Rule>> bundled = new Lazy<>(() -> List.copyOf(new RuleLoader(evidence.get()).loadBundled()));
  private final Lazy<List<BilingualRule>> bilingual = new Lazy<>(() -> new BilingualRuleLoader().loadBundled());
  private final Lazy<Map<String, Set<String>>> pairs = new Lazy<>(Calque::discoverPairs);
  private final LanguageToolPool languageTool;
  /**
   * Helper threads that run LanguageTool on a large document's paragraphs beside the thread checking
   * it: at most one per spare core over all documents, daemons, gone after a minute idle.
   */
  private final ExecutorService helpers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "calque-languagetool-helper");
    t.setDaemon(true);
    return t;
  });
  private final Semaphore helperPermits;

  public Calque() {
    this(java.lang.Runtime.getRuntime().availableProcessors() - 1);
  }

  /** A runtime that lends LanguageTool helpers to at most this many large documents at once (tests use none). */
  Calque(int helpers) {
    this(java.lang.Runtime.getRuntime().availableProcessors(), helpers);
  }

  private Calque(int concurrentChecks, int helpers) {
    if (concurrentChecks < 1) {
      throw new IllegalArgumentException("concurrentChecks must be at least 1, not " + concurrentChecks);
    }
    this.languageTool = new LanguageToolPool(this::profile, concurrentChecks, 4);
    this.helperPermits = new Semaphore(Math.max(0, helpers));
  }

  /**
   * A runtime for a server running up to {@code concurrentChecks} checks at once. It keeps that
   * many idle LanguageTool instances per language (one per core otherwise): with more checks than
   * cores, each check past the cores would build one (3-4 s) and drop it again. It lends no helpers:
   * a server's cores are kept busy by its concurrent requests, and a helper would take the instance
   * another request is waiting for.
   */
  public static Calque forConcurrentChecks(int concurrentChecks) {
    return new Calque(concurrentChecks, 0);
  }

  /** The profile of a target language; an unknown code is an IllegalArgumentException naming the supported ones. */
  public LanguageProfile profile(String code) {
    return profiles.get(code);
  }

  /** Target languages calque checks (those with a profile on the classpath). */
  public Set<String> languages() {
    return profiles.codes();
  }

  /** Source languages that have a pair rule folder (rules/SRC-TARGET/) for this target. */
  public Set<String> sourceLanguages(String target) {
    return pairs.get().getOrDefault(target, Set.of());
  }

  public Morphology morphology(String code) {
    LanguageProfile p = profile(code);
    return morphology.computeIfAbsent(code, c -> new Lazy<>(() -> new Morphology(p))).get();
  }

  public DocumentAnalyzer analyzer(String code) {
    return analyzerHolder(code).get();
  }

  private Lazy<DocumentAnalyzer> analyzerHolder(String code) {
    profile(code);
    return analyzers.computeIfAbsent(code, c -> new Lazy<>(() -> new DocumentAnalyzer(morphology(c))));
  }

  /** Known names and demonyms for text in this language. */
  public Gazetteer gazetteer(String code) {
    return gazetteerHolder(code).get();
  }

  private Lazy<Gazetteer> gazetteerHolder(String code) {
    LanguageProfile p = profile(code);
    return gazetteers.computeIfAbsent(code, c -> new Lazy<>(() -> Gazetteer.load(p.gazetteer(), p.demonyms())));
  }

  /** The evidence weights the rules read (rules/evidence.yaml), as set by hand. */
  public Evidence evidence() {
    return evidence.get();
  }

  /** The rules bundled in the jar, loaded once. */
  public List<Rule> bundledRules() {
    return bundled.get();
  }

  /** Bundled rules plus those in the user's folders (ids may not clash). */
  public List<Rule> rules(List<Path> userDirs) {
    if (userDirs.isEmpty()) {
      return bundledRules();
    }
    return new RuleLoader(evidence.get()).loadDirectories(bundledRules(), userDirs);
  }

  /** The bundled bilingual rules (rules/bilingual/), loaded once. */
  public List<BilingualRule> bilingualRules() {
    return bilingual.get();
  }

  /**
   * A checker of bilingual documents for these settings (the target language's rules run on the
   * translations too).
   *
   * @param glossary terms to enforce, or null
   */
  public BitextChecker bitextChecker(CheckOptions options, Glossary glossary) {
    return new BitextChecker(this, options, glossary);
  }

  /** A checker for these settings; it validates them (language, rule files) before any document. */
  public Checker checker(CheckOptions options) {
    return new Checker(this, options);
  }

  LanguageToolPool languageTool() {
    return languageTool;
  }

  /**
   * A second LanguageTool for a large document, borrowed (or built, 3-4 s) in a helper thread, or
   * null when no core is spare; call the returned release when done with it, whatever happened.
   */
  HelperLease helperLanguageTool(String language, double minConfidence) {
    if (!helperPermits.tryAcquire()) {
      return null;
    }
    try {
      return new HelperLease(CompletableFuture.supplyAsync(() -> languageTool.borrowForHelper(language, minConfidence),
          helpers), helpers, helperPermits::release);
    } catch (RuntimeException e) {
      helperPermits.release();
      throw e;
    }
  }

  /** A helper's lease being borrowed, the executor for its work, and what gives its core back. */
  record HelperLease(CompletableFuture<LanguageToolBridge.Lease> lease, Executor executor, Runnable release) {
  }

  /** LanguageTool instances this runtime has built or is building (none until grammar checks need one). */
  public int languageToolInstances() {
    return languageTool.builtOrPending();
  }

  /**
   * A pooled LanguageTool for one thread and one document (close the lease to give it back); its
   * rules are those whose findings can reach minConfidence.
   */
  public LanguageToolBridge.Lease borrowLanguageTool(String language, double minConfidence) {
    profile(language);
    return languageTool.borrow(language, minConfidence);
  }

  /**
   * Starts building the gazetteer index and the language's analysis on the other core while the
   * caller loads rules and reads input: a cold start costs the longest of them, not their sum.
   */
  void prewarm(String code) {
    gazetteerHolder(code).prewarm();
    analyzerHolder(code).prewarm();
  }

  /** Pairs from the rule folders on the classpath: "es" for "en" when rules/es-en/ exists. */
  private static Map<String, Set<String>> discoverPairs() {
    Map<String, Set<String>> out = new TreeMap<>();
    for (ResourceTree.Entry e : ResourceTree.list("rules", ".yaml", ".yml")) {
      String[] parts = e.name().split("/");
      if (parts.length >= 3 && parts[1].matches("[a-z]{2}-[a-z]{2}")) {
        out.computeIfAbsent(parts[1].substring(3), k -> new TreeSet<>()).add(parts[1].substring(0, 2));
      }
    }
    return out;
  }
}
