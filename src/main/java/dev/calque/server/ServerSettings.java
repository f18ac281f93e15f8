package dev.calque.server;

import java.time.Duration;

/**
 * How calque serve runs.
 *
 * @param host the address to listen on (127.0.0.1 keeps the server to this machine)
 * @param port the port, 0 for any free one
 * @param threads checks that run at once (each holds a LanguageTool instance)
 * @param queue checks that may wait for a thread; past that a request gets 503
 * @param maxTextLength the longest text accepted, in characters (UTF-16 units); longer is 413
 * @param timeout how long one check may take once started (waiting in the queue does not count, as
 *     in LanguageTool); past it the request gets 500 (LanguageTool's status), or no matches and a
 *     warning with allowIncompleteResults
 * @param allowOrigin the Access-Control-Allow-Origin sent to browsers ("*" for any page), or null
 */
public record ServerSettings(String host, int port, int threads, int queue, int maxTextLength, Duration timeout,
    String allowOrigin) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8081;
  public static final int DEFAULT_QUEUE = 100;
  public static final int DEFAULT_MAX_TEXT_LENGTH = 100_000;
  public static final int DEFAULT_TIMEOUT_SECONDS = 20;

  public ServerSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("the port is 0 to 65535, not " + port);
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be 1 to 256, not " + threads);
    }
    if (queue < 0) {
      throw new IllegalArgumentException("the queue must not be negative: " + queue);
    }
    if (maxTextLength < 1) {
      throw new IllegalArgumentException("the maximum text length must be positive: " + maxTextLength);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive: " + timeout);
    }
  }

  /** Defaults: loopback, port 8081, one check per core. */
  public static ServerSettings defaults() {
    return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE,
        DEFAULT_MAX_TEXT_LENGTH, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), null);
  }

  public ServerSettings withPort(int p) {
    return new ServerSettings(host, p, threads, queue, maxTextLength, timeout, allowOrigin);
  }

  public ServerSettings withThreads(int t, int q) {
    return new ServerSettings(host, port, t, q, maxTextLength, timeout, allowOrigin);
  }

  public ServerSettings withMaxTextLength(int chars) {
    return new ServerSettings(host, port, threads, queue, chars, timeout, allowOrigin);
  }

  public ServerSettings withTimeout(Duration t) {
    return new ServerSettings(host, port, threads, queue, maxTextLength, t, allowOrigin);
  }

  public ServerSettings withAllowOrigin(String origin) {
    return new ServerSettings(host, port, threads, queue, maxTextLength, timeout, origin);
  }

  /**
   * The longest request body read: a text at the limit, percent-encoded (a UTF-16 unit takes at
   * most six bytes so: a supplementary character is two units and %XX%XX%XX%XX), plus room for the
   * other parameters.
   */
  public long maxBodyBytes() {
    return 6L * maxTextLength + 2L * FormParams.MAX_VALUE;
  }
}
