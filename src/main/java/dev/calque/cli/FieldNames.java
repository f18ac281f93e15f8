package dev.calque.cli;

import java.util.List;
import dev.calque.audit.Fields;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The --field overrides of a command that reads JSON Lines records, read as a usage error when malformed. */
final class FieldNames {
  private FieldNames() {
  }

  static Fields parse(CommandSpec spec, List<String> overrides) {
    try {
      return Fields.parse(overrides);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
