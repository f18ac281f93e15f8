package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import dev.calque.engine.RequestException;
import dev.calque.rule.data.RuleFileException;
import picocli.CommandLine;

/** What went wrong maps to an exit status in one place: the user's mistakes 2, calque's bugs 3. */
class ExitStatusTest {
  private static CommandLine commandLine(StringWriter err) {
    return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
        new ByteArrayInputStream(new byte[0]), dev.calque.engine.Engines::runtime);
  }

  @Test
  void badSettingsAndRuleFilesAreTheUsersAndGiveTwo() {
    StringWriter err = new StringWriter();
    assertEquals(2, Main.exitCode(new RequestException("unknown language 'xx'"), commandLine(err)));
    assertTrue(err.toString().startsWith("calque: unknown language 'xx'\nTry 'calque --help'"), err.toString());
    StringWriter err2 = new StringWriter();
    assertEquals(2, Main.exitCode(new RuleFileException("x.yaml:3: id: required"), commandLine(err2)));
    assertEquals("calque: rule file error: x.yaml:3: id: required\n", err2.toString());
  }

  @Test
  void anythingElseIsABugAndGivesThree() {
    StringWriter err = new StringWriter();
    assertEquals(3, Main.exitCode(new IllegalStateException("cannot happen"), commandLine(err)));
    assertTrue(err.toString().startsWith("calque: internal error: IllegalStateException: cannot happen (please report"),
        err.toString());
    assertTrue(err.toString().lines().count() == 1, "one line unless CALQUE_DEBUG is set");
  }

  @Test
  void anUnknownLanguageIsAUsageErrorNamingTheSupportedOnes() {
    Run r = Run.of("check", "--lang", "xx", "--no-grammar", "-");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown language 'xx'; calque checks: en"), r.err());
  }
}
