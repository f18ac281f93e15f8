package dev.calque.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Options that decorate output for a person at a terminal (--color, --progress): auto, always or never. */
final class Terminal {
  private Terminal() {
  }

  /**
   * Whether to decorate: always, never, or (auto) when a terminal is attached and TERM is not dumb;
   * {@code extraAuto} is a further condition of auto (NO_COLOR for colours).
   */
  static boolean wants(String when, String option, boolean extraAuto, CommandSpec spec) {
    return switch (when) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> System.console() != null && !"dumb".equals(System.getenv("TERM")) && extraAuto;
      default -> throw new ParameterException(spec.commandLine(), option + " takes auto, always or never");
    };
  }
}
