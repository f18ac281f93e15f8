package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import dev.calque.engine.Calque;

/** Nothing heavy is built before a command needs it: help builds no runtime, listing rules no LanguageTool. */
class LazyStartTest {
  private static int run(java.util.function.Supplier<Calque> runtime, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new ByteArrayInputStream(new byte[0]), runtime);
  }

  @Test
  void helpAndUsageErrorsBuildNoRuntime() {
    AtomicInteger built = new AtomicInteger();
    java.util.function.Supplier<Calque> counting = () -> {
      built.incrementAndGet();
      return new Calque();
    };
    assertEquals(0, run(counting, "--help"));
    assertEquals(0, run(counting, "help", "check"));
    assertEquals(2, run(counting, "check", "--bogus", "x.txt"));
    assertEquals(0, run(counting, "serve", "--help"));
    assertEquals(0, run(counting, "bench-server", "--help"));
    assertEquals(2, run(counting, "serve", "--threads", "0"), "a bad setting is a usage error before any start");
    assertEquals(2, run(counting, "serve", "--port", "70000"));
    assertEquals(0, built.get());
  }

  @Test
  void listingAndShowingRulesBuildNoLanguageTool() {
    Calque runtime = new Calque();
    assertEquals(0, run(() -> runtime, "rules", "list"));
    assertEquals(0, run(() -> runtime, "rules", "show", "common.repetition.word"));
    assertEquals(0, runtime.languageToolInstances());
    assertTrue(runtime.bundledRules().size() > 100);
  }
}
