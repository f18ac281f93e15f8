package dev.calque.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import dev.calque.Version;
import dev.calque.engine.Calque;
import dev.calque.engine.DocumentResult;
import dev.calque.rule.Finding;
import dev.calque.rule.Rule;
import dev.calque.rule.RuleSpec;

/**
 * LanguageTool's HTTP API, version 2, as its own server answers it: /v2/check (GET or POST),
 * /v2/languages, /v2/info, /v2/maxtextlength, /v2/configinfo, /v2/healthcheck, and /v2/words
 * with a list of accepted words kept by this server (no user accounts). Errors are plain text
 * "Error: …" with LanguageTool's statuses: 400 bad parameters, 404 unknown action, 413 text too
 * long, 500 past the time limit, 503 queue full.
 */
final class LanguageToolApi {
  private static final JsonFactory JSON = new JsonFactory();

  private final Calque calque;
  private final CheckRunner runner;
  private final ServerSettings settings;
  private final Supplier<String> health;
  private final AcceptedWords words;

  LanguageToolApi(Calque calque, CheckRunner runner, ServerSettings settings, Supplier<String> health) {
    this.calque = calque;
    this.runner = runner;
    this.settings = settings;
    this.health = health;
    this.words = runner.words();
  }

  void routes(Routes r) {
    r.getAndPost("/v2/check", this::check);
    r.getAndPost("/v2/languages", ctx -> json(ctx, languages()));
    r.getAndPost("/v2/info", ctx -> json(ctx, object(g -> software(g, false))));
    r.getAndPost("/v2/maxtextlength", ctx -> ctx.contentType("text/plain").result(Integer.toString(settings.maxTextLength())));
    r.getAndPost("/v2/configinfo", this::configInfo);
    r.getAndPost("/v2/healthcheck", this::healthcheck);
    r.getAndPost("/v2/words", this::listWords);
    r.getAndPost("/v2/words/add", ctx -> changeWords(ctx, true));
    r.getAndPost("/v2/words/delete", ctx -> changeWords(ctx, false));
    r.getAndPost("/v2/<rest>", ctx -> {
      throw ApiError.notFound("unsupported action: '" + FormParams.shown(ctx.path()) + "'");
    });
  }

  private Map<String, String> params(Context ctx) throws IOException {
    byte[] body = null;
    if (ctx.method() == HandlerType.POST) {
      long declared = ctx.req().getContentLengthLong();
      if (declared > settings.maxBodyBytes()) {
        throw ApiError.tooLarge("the request body is " + declared + " bytes; this server reads at most "
            + settings.maxBodyBytes() + " (see --max-text-length)");
      }
      body = FormParams.readBody(ctx.req().getInputStream(), settings.maxBodyBytes());
    }
    return FormParams.parse(body, ctx.queryString());
  }

  private void check(Context ctx) throws IOException {
    LtCheckRequest request = LtCheckRequest.parse(params(ctx), calque, settings.maxTextLength());
    List<Finding> findings = List.of();
    String incomplete = null;
    if (!request.textLevelOnly()) {
      try {
        DocumentResult r = runner.run(request.options(), request.text().getPlainText(), request.keep());
        double threshold = dev.calque.engine.Checker.displayThreshold(request.display(), r);
        findings = r.findings().stream().filter(f -> request.shown(f, threshold)).toList();
      } catch (WorkerPool.TimedOut e) {
        if (!request.allowIncompleteResults()) {
          throw new ApiError(500, runner.timeoutReason());
        }
        incomplete = runner.timeoutReason();
      }
    }
    ctx.contentType("application/json").result(LtMatchesJson.write(request, findings, incomplete));
  }

  private void healthcheck(Context ctx) {
    String problem = health.get();
    if (problem != null) {
      throw ApiError.unavailable(problem);
    }
    ctx.contentType("text/plain").result("OK");
  }

  private String languages() {
    return array(g -> {
      for (LtLanguage l : LtLanguage.all(calque.languages())) {
        g.writeStartObject();
        g.writeStringField("name", l.name());
        g.writeStringField("code", l.target());
        g.writeStringField("longCode", l.code());
        g.writeEndObject();
      }
    });
  }

  /** calque's own rules for a language; LanguageTool's are not listed (that would build it for the request). */
  private void configInfo(Context ctx) throws IOException {
    String lang = params(ctx).get("language");
    if (lang == null || lang.isBlank()) {
      throw ApiError.badRequest("'language' parameter missing");
    }
    LtLanguage language = LtLanguage.resolve(lang, calque.languages(), "language");
    json(ctx, object(g -> {
      software(g, true);
      g.writeObjectFieldStart("parameter");
      g.writeNumberField("maxTextLength", settings.maxTextLength());
      g.writeEndObject();
      g.writeArrayFieldStart("rules");
      for (Rule rule : calque.bundledRules()) {
        RuleSpec s = rule.spec();
        if (!appliesTo(s, language.target())) {
          continue;
        }
        g.writeStartObject();
        g.writeStringField("ruleId", s.id());
        g.writeStringField("description", s.description() != null ? s.description().strip() : s.id());
        if (!s.defaultOn()) {
          g.writeStringField("isDefaultOff", "yes");
        }
        g.writeStringField("categoryId", s.category());
        g.writeStringField("categoryName", LtVocabulary.readable(s.category()));
        g.writeEndObject();
      }
      g.writeEndArray();
    }));
  }

  private static boolean appliesTo(RuleSpec s, String target) {
    return s.group().equals("common") || s.group().equals(target) || s.group().endsWith("-" + target);
  }

  private void listWords(Context ctx) throws IOException {
    if (ctx.method() != HandlerType.GET) {
      throw ApiError.badRequest("/words needs to be called with GET");
    }
    Map<String, String> p = params(ctx);
    List<String> list = words.list(target(p), number(p, "offset", 0), number(p, "limit", 10));
    json(ctx, object(g -> {
      g.writeArrayFieldStart("words");
      for (String w : list) {
        g.writeString(w);
      }
      g.writeEndArray();
    }));
  }

  private void changeWords(Context ctx, boolean add) throws IOException {
    if (ctx.method() != HandlerType.POST) {
      throw ApiError.badRequest("/words/" + (add ? "add" : "delete") + " needs to be called with POST");
    }
    Map<String, String> p = params(ctx);
    boolean changed = add ? words.add(target(p), p.get("word")) : words.delete(target(p), p.get("word"));
    json(ctx, object(g -> g.writeBooleanField(add ? "added" : "deleted", changed)));
  }

  /** The calque language of an optional 'language' parameter; null for all. */
  private String target(Map<String, String> p) {
    String lang = p.get("language");
    return lang == null || lang.isBlank() ? null : LtLanguage.resolve(lang, calque.languages(), "language").target();
  }

  private static int number(Map<String, String> p, String name, int dflt) {
    String v = p.get(name);
    try {
      return v == null ? dflt : Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("'" + name + "' is a number, not '" + FormParams.shown(v) + "'");
    }
  }

  private static void software(JsonGenerator g, boolean brief) throws IOException {
    g.writeObjectFieldStart("software");
    g.writeStringField("name", "calque");
    g.writeStringField("version", Version.VERSION);
    g.writeStringField("buildDate", "");
    if (!brief) {
      g.writeNumberField("apiVersion", 1);
    }
    g.writeBooleanField("premium", false);
    g.writeEndObject();
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json").result(body);
  }

  interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  static String object(Writer w) {
    return generate(g -> {
      g.writeStartObject();
      w.write(g);
      g.writeEndObject();
    });
  }

  static String array(Writer w) {
    return generate(g -> {
      g.writeStartArray();
      w.write(g);
      g.writeEndArray();
    });
  }

  private static String generate(Writer w) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      w.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
