package dev.calque.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import dev.calque.bilingual.BilingualExample;
import dev.calque.bilingual.BilingualExampleRunner;
import dev.calque.bilingual.BilingualRule;
import dev.calque.rule.Example;
import dev.calque.engine.CheckOptions;
import dev.calque.rule.ExampleRunner;
import dev.calque.rule.Rule;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.data.RuleFileException;
import dev.calque.rule.data.RuleLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"List, show and self-test calque's rules (bundled, plus --rules folders).", ""},
    footer = {"", "Examples:", "  calque rules list", "  calque rules show common.repetition.word",
        "  calque rules test", "  calque rules test --rules my-rules/ my.house-style.dash"})
final class RulesCommand implements Callable<Integer> {
  @ParentCommand
  CalqueCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ACTION", description = "list, show or test")
  String action;

  @Parameters(index = "1..*", paramLabel = "ID", description = "Rule ids (show: one; test: some, default all).")
  List<String> ids = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "DIR", description = "Extra folder of rule files (YAML); may repeat.")
  List<Path> ruleDirs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Rule> rules = parent.runtime().rules(ruleDirs);
    List<BilingualRule> bilingual = parent.runtime().bilingualRules();
    switch (action) {
      case "list" -> {
        List<RuleSpec> specs = new ArrayList<>();
        rules.forEach(r -> specs.add(r.spec()));
        bilingual.forEach(r -> specs.add(r.spec()));
        for (RuleSpec s : specs) {
          out.printf("%-48s %-24s %-8s %.2f%s%n", s.id(), s.category(), s.severity().label(), s.prior(),
              s.defaultOn() ? "" : "  (off by default)");
        }
        out.printf("%d rules%n", specs.size());
        return ExitCodes.CLEAN;
      }
      case "show" -> {
        if (ids.size() != 1) {
          err.println("calque: rules show takes one rule id");
          return ExitCodes.USAGE;
        }
        Rule r = find(rules, ids.get(0));
        BilingualRule b = find(bilingual, ids.get(0));
        if (r == null && b == null) {
          err.println("calque: no rule '" + ids.get(0) + "' (see: calque rules list)");
          return ExitCodes.USAGE;
        }
        show(r != null ? r.spec() : b.spec(), out);
        if (b != null) {
          showBilingual(b, out);
        }
        return ExitCodes.CLEAN;
      }
      case "test" -> {
        return test(rules, bilingual, out, err);
      }
      default -> {
        err.println("calque: unknown action '" + action + "'; use list, show or test");
        return ExitCodes.USAGE;
      }
    }
  }

  private int test(List<Rule> rules, List<BilingualRule> bilingual, PrintWriter out, PrintWriter err) {
    List<Rule> chosen = new ArrayList<>();
    List<BilingualRule> chosenBilingual = new ArrayList<>();
    for (String id : ids) {
      Rule r = find(rules, id);
      BilingualRule b = find(bilingual, id);
      if (r == null && b == null) {
        err.println("calque: no rule '" + id + "' (see: calque rules list)");
        return ExitCodes.USAGE;
      }
      if (r != null) {
        chosen.add(r);
      } else {
        chosenBilingual.add(b);
      }
    }
    if (ids.isEmpty()) {
      chosen = rules;
      chosenBilingual = bilingual;
    }
    int examples = 0;
    List<String> problems = new ArrayList<>();
    for (Rule r : chosen) {
      examples += r.spec().examples().size();
      problems.addAll(ExampleRunner.run(r, parent.runtime().analyzer(targetOf(r)), parent.runtime().gazetteer(targetOf(r))));
    }
    for (BilingualRule b : chosenBilingual) {
      examples += b.examples().size();
      problems.addAll(BilingualExampleRunner.run(b));
    }
    for (String p : problems) {
      out.println("FAIL " + p);
    }
    out.printf("%d rules, %d examples, %d problems%n", chosen.size() + chosenBilingual.size(), examples,
        problems.size());
    return problems.isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
  }

  private static void showBilingual(BilingualRule b, PrintWriter out) {
    for (BilingualExample e : b.examples()) {
      out.println((e.mustFire() ? "    fires: " : "    clean: ") + e.marked()
          + (e.correction() == null ? "" : "  ->  \"" + e.correction() + "\""));
    }
  }

  /** The rule with this id (monolingual or bilingual), or null. */
  private static <R> R find(List<R> rules, String id) {
    for (R r : rules) {
      String rid = r instanceof Rule m ? m.id() : ((BilingualRule) r).id();
      if (rid.equals(id)) {
        return r;
      }
    }
    return null;
  }


  private static void show(RuleSpec s, PrintWriter out) {
    out.println(s.id());
    out.println("  kind:      " + s.kind());
    out.println("  category:  " + s.category());
    out.println("  severity:  " + s.severity().label());
    out.println("  prior:     " + s.prior());
    out.println("  default:   " + (s.defaultOn() ? "on" : "off"));
    if (s.sourceLanguage() != null) {
      out.println("  needs:     --source-lang " + s.sourceLanguage());
    }
    out.println("  defined:   " + s.location());
    out.println("  message:   " + s.message());
    if (s.description() != null) {
      out.println("  why:       " + s.description().strip());
    }
    out.println("  examples:");
    for (Example e : s.examples()) {
      out.println(e.mustFire() ? "    fires: " + e.marked()
          + (e.correction() == null ? "  (no suggestion)" : e.correction().isEmpty() ? "  ->  (deleted)"
              : "  ->  \"" + e.correction() + "\"") : "    clean: " + e.text());
    }
  }

  /** The target language a rule's examples are written in: its group's, English for common and user rules. */
  private String targetOf(Rule r) {
    return ExampleRunner.language(r.spec(), parent.runtime().languages(), CheckOptions.DEFAULT_LANGUAGE);
  }
}
