package dev.calque.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import dev.calque.audit.DocumentAudit;
import dev.calque.audit.PortableItem;
import dev.calque.engine.RequestException;
import dev.calque.rule.data.RuleFileException;
import picocli.CommandLine;

/**
 * {@code calque audit} as a Spark job: {@code spark-submit --class dev.calque.spark.AuditJob
 * calque-spark.jar IN OUT [options]}. The input files are read where they are into {@link
 * PortableItem}s (the items calque audit reads: a record a JSON line, a document a file, problems in
 * place; Parquet rows as JSON records), spread over an explicit number of partitions, and checked
 * inside {@code mapPartitions} with the executor's one engine ({@link Engines}); each item's outcome
 * is calque audit's own lines (same ids, offsets, confidences). OUT receives:
 *
 * <ul>
 *   <li>findings.jsonl/ and findings.parquet/: a finding a line (row), calque audit's findings.jsonl
 *   <li>documents.parquet/ and documents.csv/: a document a row, calque audit's documents.csv
 *   <li>problems.jsonl/: a skipped item a line, calque audit's problems.jsonl
 * </ul>
 *
 * <p>Rows are in no particular order (calque audit writes input order).
 */
public final class AuditJob {
  public static final String FINDINGS_JSONL = "findings.jsonl";
  public static final String FINDINGS_PARQUET = "findings.parquet";
  public static final String DOCUMENTS_PARQUET = "documents.parquet";
  public static final String DOCUMENTS_CSV = "documents.csv";
  public static final String PROBLEMS_JSONL = "problems.jsonl";

  private AuditJob() {
  }

  /** The totals the job prints, as calque audit's summary. */
  public record Summary(long documents, long words, long findings, long critical, long major, long minor,
      long malformed, long failed) {
  }

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new JobOptions());
    JobOptions o;
    try {
      if (cl.parseArgs(args).isUsageHelpRequested()) {
        cl.usage(System.out);
        return;
      }
      o = JobOptions.parse(args);
    } catch (CommandLine.ParameterException e) {
      System.err.println("calque-spark: " + e.getMessage());
      cl.usage(System.err);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("calque audit " + o.input).getOrCreate();
    Summary s;
    try {
      s = run(spark, o);
    } catch (RequestException | RuleFileException | IllegalArgumentException e) {
      // The user's mistakes (a language, a rule name, a rule file, an input path): the reason, no stack trace.
      System.err.println("calque-spark: " + (e instanceof RuleFileException ? "rule file error: " : "")
          + e.getMessage());
      spark.stop();
      System.exit(2);
      return;
    } finally {
      spark.stop();
    }
    System.out.println(String.format(Locale.ROOT, "audited %,d documents (%,d words): %,d findings (%,d critical, "
        + "%,d major, %,d minor), %.1f per 1,000 words", s.documents(), s.words(), s.findings(), s.critical(),
        s.major(), s.minor(), s.words() == 0 ? 0.0 : s.findings() * 1000.0 / s.words()));
    if (s.malformed() + s.failed() > 0) {
      System.out.println(String.format(Locale.ROOT, "skipped %,d input items (%,d malformed or unreadable, %,d "
          + "calque failed on): see %s", s.malformed() + s.failed(), s.malformed(), s.failed(),
          new Path(o.output, PROBLEMS_JSONL)));
    }
    System.out.println("wrote " + o.output);
  }

  /** Runs the job on this session (whose master decides where); the outputs go to the options' OUT. */
  public static Summary run(SparkSession spark, JobOptions o) {
    // The options are checked on the driver (an unknown rule or language fails here, before any task).
    Engines.audit(o.args());
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<PortableItem> items;
    try {
      Path in = new Path(o.input);
      org.apache.hadoop.fs.FileStatus[] found = in.getFileSystem(jsc.hadoopConfiguration()).globStatus(in);
      if (found == null || found.length == 0) {
        throw new IllegalArgumentException(o.input + ": no such file or folder");
      }
      items = o.parquet() ? parquetItems(spark, o) : fileItems(jsc, o);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + o.input + ": " + e.getMessage(), e);
    }
    int partitions = o.partitions != null ? o.partitions : 4 * jsc.defaultParallelism();
    String[] args = o.args();
    // Records come out of a few files in long runs: spread them before the expensive part.
    JavaRDD<Row> rows = items.repartition(partitions).mapPartitions(it -> audited(args, it));
    Dataset<Row> results = spark.createDataFrame(rows, Schemas.RESULT).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SaveMode mode = o.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      Dataset<Row> findingLines = results.select(explode(col("findings")).as("value"));
      findingLines.write().mode(mode).text(out(o, FINDINGS_JSONL));
      findingLines.select(from_json(col("value"), Schemas.FINDING).as("f")).select("f.*").write().mode(mode)
          .parquet(out(o, FINDINGS_PARQUET));
      Dataset<Row> documents = results.where(col("document").isNotNull()).select("document.*");
      documents.write().mode(mode).parquet(out(o, DOCUMENTS_PARQUET));
      documents.write().mode(mode).option("header", true).option("escape", "\"").csv(out(o, DOCUMENTS_CSV));
      results.where(col("problem").isNotNull()).select("problem").write().mode(mode).text(out(o, PROBLEMS_JSONL));
      Row t = results.agg(count(col("document")), sum(col("document.words")), sum(col("document.findings")),
          sum(col("document.critical")), sum(col("document.major")), sum(col("document.minor")),
          sum(when(col("problem_kind").equalTo("malformed"), lit(1)).otherwise(lit(0))),
          sum(when(col("problem_kind").equalTo("failed"), lit(1)).otherwise(lit(0)))).first();
      long[] v = new long[8];
      for (int i = 0; i < v.length; i++) {
        v[i] = t.isNullAt(i) ? 0 : ((Number) t.get(i)).longValue();
      }
      return new Summary(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    } finally {
      results.unpersist();
    }
  }

  private static String out(JobOptions o, String name) {
    return new Path(o.output, name).toString();
  }

  /** Each item audited with this executor's engine, lazily: a partition streams. */
  private static Iterator<Row> audited(String[] args, Iterator<PortableItem> items) {
    DocumentAudit audit = Engines.audit(args);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Row next() {
        DocumentAudit.Result r = audit.audit(items.next());
        Row document = r.document() == null ? null : RowFactory.create(r.document().values());
        return RowFactory.create(r.findings().toArray(new String[0]), document, r.problem(), r.problemKind());
      }
    };
  }

  /**
   * The items of a Hadoop path of files, each read by one task, named as calque audit names them (the
   * argument, then the path below it), so ids and locations agree: a folder is walked to any depth
   * for the files calque audit reads in folders; a file named itself is read whatever its name.
   */
  private static JavaRDD<PortableItem> fileItems(JavaSparkContext jsc, JobOptions o) throws IOException {
    Configuration conf = jsc.hadoopConfiguration();
    conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    Path in = new Path(o.input);
    FileSystem fs = in.getFileSystem(conf);
    String base = fs.makeQualified(in).toString();
    boolean folder = fs.exists(in) && fs.getFileStatus(in).isDirectory();
    String arg = o.input;
    String prefix = arg.endsWith("/") ? arg : arg + "/";
    return jsc.binaryFiles(arg, jsc.defaultParallelism()).flatMap(file -> {
      String path = file._1();
      String name;
      if (folder && path.startsWith(base + "/")) {
        name = prefix + path.substring(base.length() + 1);
      } else if (!folder && path.equals(base)) {
        return PortableItem.read(arg, file._2().open());
      } else {
        name = path; // a file matched by a glob
      }
      return PortableItem.audited(name) ? PortableItem.read(name, file._2().open())
          : Collections.emptyIterator();
    });
  }

  /**
   * The rows of Parquet files as JSON records (the fields named as in a JSON Lines archive, --field
   * renaming them), each placed in its file; a row without an id is named after its file.
   */
  private static JavaRDD<PortableItem> parquetItems(SparkSession spark, JobOptions o) {
    Dataset<Row> table = spark.read().parquet(o.input);
    Column[] columns = Arrays.stream(table.columns()).map(functions::col).toArray(Column[]::new);
    return table.select(functions.input_file_name(), functions.to_json(functions.struct(columns))).javaRDD()
        .map(r -> new PortableItem(r.getString(0), 0, PortableItem.JSON_LINE,
            r.getString(1).getBytes(StandardCharsets.UTF_8), null));
  }
}
