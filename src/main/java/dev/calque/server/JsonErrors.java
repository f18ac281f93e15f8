package dev.calque.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.calque.util.Messages;

/** Jackson's parse errors as one short line: where, and what was wrong, without the input echoed. */
final class JsonErrors {
  private JsonErrors() {
  }

  static String describe(JsonProcessingException e) {
    String what = e.getOriginalMessage() == null ? Messages.firstLine(e) : e.getOriginalMessage();
    int nl = what.indexOf('\n');
    what = nl < 0 ? what : what.substring(0, nl);
    if (what.length() > 120) {
      what = what.substring(0, 120) + "…";
    }
    JsonLocation at = e.getLocation();
    return at == null ? what : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
  }
}
