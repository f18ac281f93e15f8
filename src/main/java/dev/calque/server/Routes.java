package dev.calque.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** Where an API registers its handlers (the server wraps each one). */
@FunctionalInterface
interface Routes {
  void add(String path, HandlerType method, Handler handler);

  default void getAndPost(String path, Handler handler) {
    add(path, HandlerType.GET, handler);
    add(path, HandlerType.POST, handler);
  }
}
