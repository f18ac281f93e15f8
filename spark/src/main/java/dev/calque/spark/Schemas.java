package dev.calque.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import dev.calque.audit.DocumentSummary;

/**
 * The job's table schemas, written out rather than inferred, so every run (an empty one too) writes
 * the same columns: a finding is a line of calque audit's findings.jsonl (docs/audit.md,
 * docs/json-format.md), a document a row of its documents.csv.
 */
final class Schemas {
  private Schemas() {
  }

  /** findings.jsonl's fields in their order; the optional ones null when a finding has none. */
  static final StructType FINDING = createStructType(List.of(
      field("document", StringType), field("rule", StringType), field("category", StringType),
      field("severity", StringType), field("start", IntegerType), field("end", IntegerType),
      field("line", IntegerType), field("column", IntegerType), field("text", StringType),
      field("message", StringType),
      field("suggestions", createArrayType(createStructType(List.of(field("replacement", StringType),
          field("confidence", DoubleType))))),
      field("confidence", DoubleType), field("engine", StringType), field("url", StringType),
      field("components", createArrayType(StringType)),
      field("languagetool", createStructType(List.of(field("rule", StringType), field("subId", StringType),
          field("category", StringType), field("categoryName", StringType), field("issueType", StringType)))),
      field("source", createStructType(List.of(field("start", IntegerType), field("end", IntegerType),
          field("text", StringType)))),
      field("segment", StringType), field("context", StringType)));

  /** documents.csv's columns, typed. */
  static final StructType DOCUMENT = createStructType(List.of(
      field("id", StringType), field("title", StringType), field("date", StringType), field("section", StringType),
      field("url", StringType), field("language", StringType), field("source_language", StringType),
      field("words", IntegerType), field("findings", IntegerType), field("critical", IntegerType),
      field("major", IntegerType), field("minor", IntegerType), field("mqm_score", DoubleType),
      field("file", StringType), field("line", LongType)));

  /** What one input item gives: its findings' lines, its summary row, or its problem's line (and kind). */
  static final StructType RESULT = createStructType(List.of(
      field("findings", createArrayType(StringType, false)), field("document", DOCUMENT),
      field("problem", StringType), field("problem_kind", StringType)));

  static {
    if (!List.of(DOCUMENT.fieldNames()).equals(DocumentSummary.COLUMNS)) {
      throw new IllegalStateException("the document schema does not follow documents.csv's columns "
          + DocumentSummary.COLUMNS);
    }
  }

  private static StructField field(String name, DataType type) {
    return createStructField(name, type, true);
  }
}
