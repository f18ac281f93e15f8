package dev.calque.bitext;

import java.util.ArrayList;
import java.util.List;
import dev.calque.io.InputException;

/** Comma-separated values as RFC 4180 writes them: quoted cells may hold commas, quotes ("") and line ends. */
final class CsvText {
  private CsvText() {
  }

  static List<List<String>> parse(String label, String text) throws InputException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          line += c == '\n' ? 1 : 0;
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        row.add(cell.toString());
        cell.setLength(0);
        addRow(rows, row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new InputException(label + ":" + line + ": a quoted cell is never closed");
    }
    row.add(cell.toString());
    addRow(rows, row);
    return rows;
  }

  private static void addRow(List<List<String>> rows, List<String> row) {
    if (!(row.size() == 1 && row.get(0).isBlank())) {
      rows.add(row);
    }
  }
}
