package dev.calque.fuzz;

import static dev.calque.fuzz.Fuzz.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.Checker;
import dev.calque.engine.DocumentResult;

/**
 * Property 7: one long token of one script (40,000 code points, no space) is checked in time
 * linear in its length. Tests never assert timings, so this is only a generous timeout that a
 * linear checker meets with 10x to spare and a superlinear one does not. A check that blows up
 * cannot be stopped inside this JVM, so it runs in a child JVM that is killed on timeout.
 */
class LongTokenFuzzTest {
  static final int LENGTH = 40_000;
  /** 40,000 CJK characters take about 1 s here; 20,000 emoji took 10-40 s when this was written. */
  static final long LIMIT_MILLIS = 10_000;

  private static final List<String> KINDS = List.of("emoji", "emoji-mix", "combining", "arabic", "cjk",
      "math-astral", "hangul", "latin");
  private static Child child;

  /** One token per kind, in order; content is random where the kind allows. */
  record Token(String kind, String text) {
    String show() {
      return kind + ": " + Show.java(text);
    }
  }

  @AfterAll
  static void stopChild() {
    if (child != null) {
      child.stop();
    }
  }

  @Test
  void longTokensOfOneScriptAreCheckedInLinearTime() {
    AtomicInteger next = new AtomicInteger();
    Fuzz.forAll(Fuzz.spec("long-token-time", KINDS.size(),
        (Random r) -> token(KINDS.get(next.getAndIncrement() % KINDS.size()), r),
        Fuzz.Shrinker.none(), Token::show), LongTokenFuzzTest::timed);
  }

  static Token token(String kind, Random r) {
    StringBuilder b = new StringBuilder();
    switch (kind) {
      case "emoji" -> b.append("\uD83D\uDE00".repeat(LENGTH));
      case "emoji-mix" -> {
        while (b.codePointCount(0, b.length()) < LENGTH) {
          b.append(Texts.emoji(r));
        }
      }
      case "combining" -> b.append('e').append("\u0301".repeat(LENGTH));
      case "arabic" -> b.append(Texts.word(r, new int[] {0x0627, 0x064A}, LENGTH));
      case "cjk" -> b.append(Texts.word(r, new int[] {0x4E00, 0x9FFF}, LENGTH));
      case "math-astral" -> b.append(Texts.word(r, new int[] {0x1D400, 0x1D6A3}, LENGTH));
      case "hangul" -> b.append(Texts.word(r, new int[] {0xAC00, 0xD7A3}, LENGTH));
      default -> b.append(Texts.word(r, new int[] {'a', 'z'}, LENGTH));
    }
    return new Token(kind, b.toString());
  }

  static void timed(Token t) throws Exception {
    Path file = Files.createTempFile("calque-fuzz-", ".txt");
    try {
      Files.writeString(file, t.text(), StandardCharsets.UTF_8);
      if (child == null || !child.alive()) {
        child = new Child();
      }
      String answer = child.ask(file.toString(), LIMIT_MILLIS);
      if (answer == null) {
        child.stop();
        check(false, "superlinear: " + t.kind(), "no result within " + LIMIT_MILLIS + " ms for " + t.text().length()
            + " chars");
      }
      check(answer.startsWith("ok "), "exception: " + t.kind(), answer);
      System.out.println("[fuzz] long-token-time " + t.kind() + ": " + answer.split(" ")[1] + " ms");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** A child JVM running main below: it reads file paths and answers "ok MILLIS FINDINGS" per file. */
  static final class Child {
    private final Process process;
    private final PrintWriter in;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    Child() throws IOException, InterruptedException {
      process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
          "-cp", System.getProperty("java.class.path"), LongTokenFuzzTest.class.getName())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
      Thread reader = new Thread(() -> {
        try (BufferedReader out = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = out.readLine()) != null;) {
            answers.add(line);
          }
        } catch (IOException e) {
          // the child was stopped
        }
      });
      reader.setDaemon(true);
      reader.start();
      String ready = answers.poll(120, TimeUnit.SECONDS);
      check("ready".equals(ready), "child JVM did not start", String.valueOf(ready));
    }

    boolean alive() {
      return process.isAlive();
    }

    String ask(String path, long millis) throws InterruptedException {
      in.println(path);
      return answers.poll(millis, TimeUnit.MILLISECONDS);
    }

    void stop() {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The child: builds the checker once (outside the timed part), then checks each file it is sent. */
  public static void main(String[] args) throws IOException {
    Checker checker = new dev.calque.engine.Calque().checker(CheckOptions.defaults().withGrammar(false));
    checker.check("warm-up.txt", "The talks were held for the sake of of the relations.");
    System.out.println("ready");
    BufferedReader paths = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String path; (path = paths.readLine()) != null;) {
      String text = Files.readString(Path.of(path));
      long start = System.nanoTime();
      try {
        DocumentResult r = checker.check(path, text);
        System.out.println("ok " + (System.nanoTime() - start) / 1_000_000 + " " + r.findings().size());
      } catch (RuntimeException e) {
        System.out.println("error " + e);
      }
    }
  }
}
