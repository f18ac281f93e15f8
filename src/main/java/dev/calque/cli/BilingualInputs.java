package dev.calque.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import dev.calque.bitext.Bitext;
import dev.calque.bitext.BitextFormat;
import dev.calque.bitext.BitextReader;
import dev.calque.bitext.Glossary;
import dev.calque.bitext.GlossaryReader;
import dev.calque.engine.BitextChecker;
import dev.calque.engine.BitextResult;
import dev.calque.engine.Calque;
import dev.calque.engine.CheckFailure;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.Checker;
import dev.calque.engine.DocumentResult;
import dev.calque.engine.RequestException;
import dev.calque.io.InputException;
import dev.calque.io.InputReader;

/**
 * Decides, file by file, whether an argument is a translation to check alone or a bilingual
 * document (a --source pair, XLIFF, TMX, tab-separated bitext), reads it and checks it.
 */
final class BilingualInputs {
  /** One argument checked: a monolingual result or a bilingual one (null both when it failed). */
  record Checked(Inputs.Input input, DocumentResult result, BitextResult bitext, String errors) {
  }

  private final Calque runtime;
  private final CheckOptions request;
  private final BilingualOptions options;
  private final BitextFormat format;
  private final boolean plainOnly;
  private final Glossary glossary;
  private volatile BitextChecker bitextChecker;

  /** Validates the options (format name, --source with one file, the glossary) before any file is read. */
  BilingualInputs(Calque runtime, CheckOptions request, BilingualOptions options, List<String> files) {
    this.runtime = runtime;
    this.request = request;
    this.options = options;
    String f = options.inputFormat;
    plainOnly = f.equals("text");
    format = f.equals("auto") || plainOnly ? null : BitextFormat.named(f);
    if (format == null && !f.equals("auto") && !plainOnly) {
      throw new RequestException("--input-format: unknown format '" + f + "'; use auto, text, tsv, xliff-1.2, "
          + "xliff-2 or tmx");
    }
    if (options.source != null && files.size() != 1) {
      throw new RequestException("--source pairs one source file with one translation; give one FILE");
    }
    if (options.source != null && request.sourceLanguage() == null) {
      throw new RequestException("--source needs --source-lang (the language of " + options.source + ")");
    }
    if (options.glossary != null) {
      try {
        glossary = GlossaryReader.read(options.glossary, InputReader.read(options.glossary, Path.of(options.glossary)));
      } catch (InputException e) {
        throw new RequestException("--glossary: " + e.getMessage());
      }
    } else {
      glossary = null;
    }
  }

  private BitextChecker bitextChecker() {
    BitextChecker c = bitextChecker;
    if (c == null) {
      synchronized (this) {
        if (bitextChecker == null) {
          bitextChecker = runtime.bitextChecker(request, glossary);
        }
        c = bitextChecker;
      }
    }
    return c;
  }

  /** Reads and checks one argument, collecting its stderr lines (reported in argument order). */
  Checked checked(Checker checker, String arg, InputStream stdin) {
    StringWriter buf = new StringWriter();
    PrintWriter err = new PrintWriter(buf);
    Inputs.Input in = Inputs.read(arg, stdin, err);
    DocumentResult mono = null;
    BitextResult bi = null;
    if (in != null) {
      try {
        Bitext doc = bitext(in);
        if (doc == null) {
          mono = Inputs.check(checker, in, err);
        } else {
          bi = bitextChecker().check(doc);
        }
      } catch (InputException e) {
        err.println("calque: " + e.getMessage());
      } catch (RequestException e) {
        err.println("calque: " + e.getMessage());
      } catch (CheckFailure e) {
        err.println("calque: " + e.getMessage());
      }
    }
    err.flush();
    return new Checked(in, mono, bi, buf.toString());
  }

  /** The argument as a bilingual document, or null when it is a text to check alone. */
  private Bitext bitext(Inputs.Input in) throws InputException {
    if (options.source != null) {
      String source = InputReader.read(options.source, Path.of(options.source));
      String sourceLanguage = CheckOptions.NO_SOURCE.equals(request.sourceLanguage()) ? null : request.sourceLanguage();
      return BitextReader.pair(options.source, source, sourceLanguage, in.label(), in.text(), request.language());
    }
    if (plainOnly || (format == null && !BitextReader.looksBilingual(in.label(), in.text()))) {
      return null;
    }
    return BitextReader.read(in.label(), in.text(), format);
  }
}
