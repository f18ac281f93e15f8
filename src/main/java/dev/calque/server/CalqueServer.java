package dev.calque.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import dev.calque.engine.Calque;
import dev.calque.engine.CheckFailure;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.RequestException;
import dev.calque.rule.data.RuleFileException;
import dev.calque.util.Messages;

/**
 * calque serve: LanguageTool's HTTP API (/v2), calque's own (/api) and the review page (/) over one
 * runtime. It listens at once and warms LanguageTool in the background; /v2/healthcheck says OK when
 * a check of the default language has run. Checks run on a fixed pool of threads behind a bounded
 * queue, each within the time limit. Closing it stops taking checks, lets those under way finish
 * (up to the time limit) and then stops listening.
 */
public final class CalqueServer implements AutoCloseable {
  private static final String WARM_TEXT = "A short text to warm up the checker. It has two sentences.";

  private final Calque calque;
  private final ServerSettings settings;
  private final WorkerPool pool;
  private final CheckRunner runner;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final PrintWriter log;
  private volatile boolean ready;
  private volatile boolean stopping;
  private volatile String warmFailure;
  private Javalin app;

  public CalqueServer(Calque calque, ServerSettings settings, PrintWriter log) {
    this(calque, Checks.on(calque), settings, log);
  }

  /** A server weighing every check against an edited archive's index (null: none). */
  public CalqueServer(Calque calque, ServerSettings settings, PrintWriter log,
      dev.calque.reference.ReferenceEvidence reference) {
    this(calque, Checks.on(calque, reference), settings, log);
  }

  /** A server whose checks go through the given seam (tests slow them down). */
  CalqueServer(Calque calque, Checks checks, ServerSettings settings, PrintWriter log) {
    this.calque = calque;
    this.settings = settings;
    this.log = log;
    this.pool = new WorkerPool(settings.threads(), settings.queue());
    this.runner = new CheckRunner(checks, pool, new AcceptedWords(), settings);
  }

  /** Starts listening, then warms LanguageTool on another thread. */
  public CalqueServer start() {
    LanguageToolApi v2 = new LanguageToolApi(calque, runner, settings, this::health);
    CalqueApi api = new CalqueApi(calque, runner, settings, () -> ready);
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      // Request threads wait for the check threads: enough of them for every check running or queued.
      QueuedThreadPool threads = new QueuedThreadPool(Math.max(32, settings.threads() + settings.queue() + 16), 4);
      threads.setName("calque-http");
      threads.setDaemon(true);
      config.jetty.threadPool = threads;
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.router.ignoreTrailingSlashes = true;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/dev/calque/server/web";
        files.location = Location.CLASSPATH;
      });
      if (settings.allowOrigin() != null) {
        config.routes.before(ctx -> ctx.header("Access-Control-Allow-Origin", settings.allowOrigin()));
        config.routes.addHttpHandler(HandlerType.OPTIONS, "/*", ctx -> {
          ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
          String asked = ctx.header("Access-Control-Request-Headers");
          if (asked != null) {
            ctx.header("Access-Control-Allow-Headers", asked);
          }
          ctx.status(204);
        });
      }
      v2.routes((path, method, handler) -> config.routes.addHttpHandler(method, path, counted(handler)));
      api.routes((path, method, handler) -> config.routes.addHttpHandler(method, path, counted(handler)));
      config.routes.exception(Exception.class, this::error);
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
          reply(ctx, 404, "no such page or API: " + ctx.method() + " " + FormParams.shown(ctx.path()));
        }
      });
    });
    app.start(settings.host(), settings.port());
    Thread warm = new Thread(this::warmUp, "calque-warmup");
    warm.setDaemon(true);
    warm.start();
    return this;
  }

  /** The port listened on (the one given, or the free one found for port 0). */
  public int port() {
    return app.port();
  }

  /** Whether a check has run, so checks answer at their warm speed. */
  public boolean ready() {
    return ready;
  }

  /** Requests being handled now. */
  int inFlight() {
    return inFlight.get();
  }

  /**
   * Builds the default language's LanguageTool and checks a sentence with the settings a plain
   * /v2/check uses, so the first requests find an instance in the pool. Other languages load on
   * their first request (3-4 s): warming them all would double the start's work and memory for
   * languages a server may never be asked for.
   */
  private void warmUp() {
    long t0 = System.nanoTime();
    try {
      CheckOptions plain = CheckOptions.forLanguage(CheckOptions.DEFAULT_LANGUAGE)
          .withDefaultMinConfidence(LtCheckRequest.ALL);
      runner.warm(plain, WARM_TEXT);
      ready = true;
      log.printf("calque serve: ready (LanguageTool warmed in %.1f s)%n", (System.nanoTime() - t0) / 1e9);
      log.flush();
    } catch (Exception | Error e) {
      warmFailure = Messages.firstLine(e);
      log.println("calque serve: warm-up failed: " + warmFailure);
      log.flush();
    }
  }

  /** The healthcheck's answer: null when healthy, else why not. */
  private String health() {
    if (stopping) {
      return "the server is shutting down";
    }
    if (warmFailure != null) {
      return "calque could not check a text: " + warmFailure;
    }
    if (!ready) {
      return "calque is starting: LanguageTool is still loading";
    }
    if (settings.queue() > 0 && pool.queued() >= settings.queue()) {
      return "There are currently too many parallel requests.";
    }
    return null;
  }

  private Handler counted(Handler h) {
    return ctx -> {
      inFlight.incrementAndGet();
      try {
        if (stopping && !ctx.path().endsWith("/healthcheck")) {
          throw ApiError.unavailable("the server is shutting down");
        }
        h.handle(ctx);
      } finally {
        inFlight.decrementAndGet();
      }
    };
  }

  /**
   * Every failure as a status and one line: the client's mistakes and the server's limits as they
   * are, a bug in calque as 500 naming the exception (its stack trace goes to the server's log only
   * with CALQUE_DEBUG=1, never to the client).
   */
  private void error(Exception e, Context ctx) {
    if (e instanceof ApiError a) {
      reply(ctx, a.status(), a.getMessage());
    } else if (e instanceof RequestException || e instanceof RuleFileException) {
      reply(ctx, 400, Messages.firstLine(e));
    } else if (e instanceof java.io.IOException) {
      reply(ctx, 400, "the request could not be read: " + Messages.firstLine(e));
    } else if (e instanceof CheckFailure) {
      reply(ctx, 500, "Internal error: " + Messages.firstLine(e));
    } else {
      log.println("calque serve: internal error on " + ctx.method() + " " + ctx.path() + ": "
          + e.getClass().getSimpleName() + ": " + Messages.firstLine(e));
      if (System.getenv("CALQUE_DEBUG") != null) {
        e.printStackTrace(log);
      }
      log.flush();
      reply(ctx, 500, "Internal error: " + e.getClass().getSimpleName() + " (please report it)");
    }
  }

  /** An error as LanguageTool sends it (plain text "Error: …"), or as JSON under /api. */
  static void reply(Context ctx, int status, String reason) {
    String line = reason.replaceAll("[\\r\\n]+", " ");
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json");
      ctx.result(CalqueApi.errorJson(line));
    } else {
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result("Error: " + line);
    }
  }

  /**
   * Stops taking checks, waits for those under way (at most the time limit and a little more), then
   * stops listening.
   */
  @Override
  public void close() {
    stopping = true;
    long deadline = System.nanoTime() + settings.timeout().plusSeconds(2).toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (app != null) {
      app.stop();
    }
    try {
      pool.shutdown(Duration.ofSeconds(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pool.shutdownNow();
  }
}
