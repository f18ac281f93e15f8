package dev.calque.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import dev.calque.Version;
import dev.calque.engine.Calque;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.DocumentResult;
import dev.calque.fix.Fixer;
import dev.calque.report.JsonReporter;
import dev.calque.rule.Rule;
import dev.calque.rule.RuleSpec;

/**
 * calque's own API for clients that want more than LanguageTool's shape: POST /api/check answers
 * with the report of docs/json-format.md (confidence, MQM category and severity of every finding),
 * POST /api/fix with the corrected text and the edits applied, GET /api/rules with the rule
 * catalogue, GET /api/info with the languages for the review page. Requests are JSON; errors are
 * JSON {"error": "…"} with a 4xx or 5xx status.
 */
final class CalqueApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Calque calque;
  private final CheckRunner runner;
  private final ServerSettings settings;
  private final BooleanSupplier ready;

  CalqueApi(Calque calque, CheckRunner runner, ServerSettings settings, BooleanSupplier ready) {
    this.calque = calque;
    this.runner = runner;
    this.settings = settings;
    this.ready = ready;
  }

  void routes(Routes r) {
    r.add("/api/check", HandlerType.POST, this::check);
    r.add("/api/fix", HandlerType.POST, this::fix);
    r.add("/api/rules", HandlerType.GET, this::rules);
    r.add("/api/info", HandlerType.GET, this::info);
  }

  /**
   * A check request: {"text": …, "language": "en", "sourceLanguage": "es"|"auto"|"none",
   * "grammar": true, "enable": [], "disable": [], "minConfidence": 0.5, "path": "name"}; only text is
   * required.
   */
  private record Request(String path, String text, CheckOptions options, JsonNode body) {
  }

  private Request request(Context ctx, boolean forFix) throws IOException {
    JsonNode body;
    try {
      body = JSON.readTree(FormParams.readBody(ctx.req().getInputStream(), settings.maxBodyBytes()));
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("the body is not valid JSON: " + JsonErrors.describe(e));
    }
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object with at least \"text\"");
    }
    JsonNode text = body.get("text");
    if (text == null || !text.isTextual()) {
      throw ApiError.badRequest("\"text\" (a string) is required");
    }
    if (text.asText().length() > settings.maxTextLength()) {
      throw ApiError.tooLarge("the text is " + text.asText().length() + " characters long; this server checks at most "
          + settings.maxTextLength() + " (see --max-text-length)");
    }
    String language = string(body, "language", CheckOptions.DEFAULT_LANGUAGE);
    if (!calque.languages().contains(language)) {
      throw ApiError.badRequest("unknown language '" + FormParams.shown(language) + "'; calque checks: "
          + String.join(", ", calque.languages()));
    }
    CheckOptions options = new CheckOptions(language, CheckOptions.parseSource(string(body, "sourceLanguage", "auto")),
        !body.has("grammar") || body.get("grammar").asBoolean(true), strings(body, "enable"), strings(body, "disable"),
        List.of(), 0, false); // the fitted calibration, as calque check and the LanguageTool API
    // As calque check: the report's default threshold, or the one the client gives (applied to all
    // findings). fix sees every finding and applies its own threshold to the suggestions.
    if (body.has("minConfidence")) {
      options = options.withMinConfidence(number(body, "minConfidence"));
    } else if (!forFix) {
      options = options.withDefaultMinConfidence(LtCheckRequest.DEFAULT_MIN_CONFIDENCE);
    }
    return new Request(string(body, "path", "text"), text.asText(), options, body);
  }

  private DocumentResult run(Request r) {
    try {
      DocumentResult result = runner.run(r.options(), r.text(), f -> true);
      return new DocumentResult(r.path(), result.text(), result.lines(), result.language(), result.sourceLanguage(),
          result.words(), result.findings(), result.notes());
    } catch (WorkerPool.TimedOut e) {
      throw ApiError.unavailable(runner.timeoutReason());
    }
  }

  private void check(Context ctx) throws IOException {
    DocumentResult result = run(request(ctx, false));
    StringWriter out = new StringWriter();
    PrintWriter w = new PrintWriter(out);
    JsonReporter report = new JsonReporter();
    report.start(w);
    report.document(result, w);
    report.finish(w);
    ctx.contentType("application/json").result(out.toString());
  }

  /** {"text": corrected, "threshold": t, "edits": [{start, end, original, replacement, rule, confidence}]}. */
  private void fix(Context ctx) throws IOException {
    Request r = request(ctx, true);
    double threshold = r.body().has("threshold") ? number(r.body(), "threshold") : 0.9;
    if (!(threshold >= 0 && threshold <= 1)) {
      throw ApiError.badRequest("\"threshold\" must be between 0 and 1");
    }
    Fixer.Result fixed = Fixer.apply(r.text(), run(r).findings(), threshold);
    ObjectNode out = JSON.createObjectNode();
    out.put("text", fixed.text());
    out.put("threshold", threshold);
    ArrayNode edits = out.putArray("edits");
    for (Fixer.Edit e : fixed.edits()) {
      ObjectNode o = edits.addObject();
      o.put("start", e.start());
      o.put("end", e.end());
      o.put("original", r.text().substring(e.start(), e.end()));
      o.put("replacement", e.replacement());
      o.put("rule", e.finding().ruleId());
      o.put("confidence", e.finding().best().confidence());
    }
    ctx.contentType("application/json").result(out.toString());
  }

  /** Every rule calque has, as calque rules list shows them. */
  private void rules(Context ctx) {
    ArrayNode out = JSON.createArrayNode();
    for (Rule rule : calque.bundledRules()) {
      RuleSpec s = rule.spec();
      ObjectNode o = out.addObject();
      o.put("id", s.id());
      o.put("group", s.group());
      o.put("category", s.category());
      o.put("severity", s.severity().label());
      o.put("prior", s.prior());
      o.put("defaultOn", s.defaultOn());
      if (s.sourceLanguage() != null) {
        o.put("sourceLanguage", s.sourceLanguage());
      }
      if (s.description() != null) {
        o.put("description", s.description().strip());
      }
    }
    ctx.contentType("application/json").result(out.toString());
  }

  private void info(Context ctx) {
    ObjectNode out = JSON.createObjectNode();
    out.put("name", "calque");
    out.put("version", Version.VERSION);
    out.put("ready", ready.getAsBoolean());
    out.put("maxTextLength", settings.maxTextLength());
    ArrayNode langs = out.putArray("languages");
    for (String code : calque.languages()) {
      ObjectNode l = langs.addObject();
      l.put("code", code);
      l.put("name", calque.profile(code).name());
      ArrayNode sources = l.putArray("sources");
      calque.sourceLanguages(code).forEach(sources::add);
    }
    ctx.contentType("application/json").result(out.toString());
  }

  static String errorJson(String reason) {
    return JSON.createObjectNode().put("error", reason).toString();
  }

  private static String string(JsonNode body, String field, String dflt) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (!n.isTextual()) {
      throw ApiError.badRequest("\"" + field + "\" must be a string");
    }
    return n.asText();
  }

  private static double number(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (!n.isNumber()) {
      throw ApiError.badRequest("\"" + field + "\" must be a number");
    }
    return n.asDouble();
  }

  private static Set<String> strings(JsonNode body, String field) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      throw ApiError.badRequest("\"" + field + "\" must be an array of rule ids, prefixes or categories");
    }
    for (JsonNode s : n) {
      if (!s.isTextual()) {
        throw ApiError.badRequest("\"" + field + "\" must hold strings");
      }
      out.add(s.asText());
    }
    return out;
  }
}
