package io.github.torcindex.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.CatalogStatement;
import io.github.torcindex.analyzer.QueryCatalog;
import io.github.torcindex.analyzer.QueryPlan;
import io.github.torcindex.analyzer.Workload;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the benchmark matrix with JMH, programmatically, and records what the report needs beside the timings:
 * the plan of every statement at every level, the size of every index at every level (dbstat), and the
 * environment. Files in {@code out}: {@code jmh.json}, {@code jmh-writes.json}, {@code plans.json},
 * {@code sizes.json}, {@code environment.json} and JMH's own log, {@code jmh.log}.
 */
public final class BenchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BenchRunner.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The read statements of the built-in catalog: every query the benchmarks can time. */
    public static List<String> allQueries() {
        return QueryCatalog.builtIn().statements().stream().filter(s -> !s.write()).map(CatalogStatement::name)
                .toList();
    }

    /**
     * Prepares the databases and runs the benchmarks.
     *
     * @throws TorcIndexException if a database can't be prepared, a file can't be written, or JMH fails
     */
    public void run(BenchOptions options, GenerationProgress progress) {
        run(options, progress, new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    /**
     * Prepares the databases and runs the benchmarks; {@code terminal} gets a line per benchmark (which, what,
     * time elapsed and left).
     *
     * @throws TorcIndexException if a database can't be prepared, a file can't be written, or JMH fails
     */
    public void run(BenchOptions options, GenerationProgress progress, PrintStream terminal) {
        BenchOptions.Matrix m = options.matrix();
        prepareFolder(options.out(), "--out");
        prepareFolder(options.cache(), "--cache");
        RunFolder.clear(options.out());
        try {
            Map<String, Object> plans = new LinkedHashMap<>();
            Map<String, Object> sizes = new LinkedHashMap<>();
            Map<String, Object> checks = new LinkedHashMap<>();
            for (int w : m.workflows()) {
                GeneratorOptions gen = new GeneratorOptions(w, m.jobs(), m.seed());
                Map<String, Object> plansAtW = new LinkedHashMap<>();
                Map<String, Object> sizesAtW = new LinkedHashMap<>();
                Map<String, Object> checksAtW = new LinkedHashMap<>();
                for (BenchLevel level : m.levels()) {
                    LOG.info("Preparing W={} level {}", w, level);
                    terminal.println("bench: preparing W=" + w + " level " + level + " (generated, then migrated or "
                            + "advised, once: cached in " + options.cache() + ")");
                    Path db = BenchDatabases.atLevel(options.cache(), gen, level);
                    try (TorcDatabase open = TorcDatabase.open(db, TorcDatabase.Access.READ_ONLY,
                            TorcDatabase.DEFAULT_BUSY_TIMEOUT)) {
                        plansAtW.put(level.name(), plans(open, m.queries()));
                        sizesAtW.put(level.name(), sizes(open));
                    }
                    checksAtW.put(level.name(), PlanChecks.of(db, Workload.BUILT_IN));
                }
                plans.put(String.valueOf(w), plansAtW);
                sizes.put(String.valueOf(w), sizesAtW);
                checks.put(String.valueOf(w), checksAtW);
            }
            JSON.writeValue(options.out().resolve("plans.json").toFile(), plans);
            JSON.writeValue(options.out().resolve("sizes.json").toFile(), sizes);
            JSON.writeValue(options.out().resolve("verify.json").toFile(), checks);
            JSON.writeValue(options.out().resolve("environment.json").toFile(), environment(options));
            try (PrintStream log = new PrintStream(Files.newOutputStream(options.out().resolve("jmh.log")), true,
                    StandardCharsets.UTF_8)) {
                String[] levels = m.levels().stream().filter(l -> l.isAdvised() || List.of("0", "3").contains(l.name()))
                        .map(BenchLevel::name).toArray(String[]::new);
                int writeLevels = levels.length == 0 ? 1 : levels.length;
                JmhProgress bar = new JmhProgress(terminal, m.workflows().size() * (m.queries().size()
                        * m.levels().size() + (m.writes() ? 2 * writeLevels : 0)));
                Runner reads = new Runner(common(options, log).include(QueryBenchmarks.class.getName() + ".query")
                        .param("query", m.queries().toArray(String[]::new))
                        .param("level", m.levels().stream().map(BenchLevel::name).toArray(String[]::new))
                        .result(options.out().resolve("jmh.json").toString()).build(),
                        bar.around(OutputFormatFactory.createFormatInstance(log, VerboseMode.NORMAL),
                                p -> p.getParam("query") + " at level " + p.getParam("level") + ", W="
                                        + p.getParam("workflows")));
                reads.run();
                if (m.writes()) {
                    Runner writes = new Runner(common(options, log).include(WriteBenchmarks.class.getName())
                            .param("level", levels.length == 0 ? new String[] {"0"} : levels)
                            .result(options.out().resolve("jmh-writes.json").toString()).build(),
                            bar.around(OutputFormatFactory.createFormatInstance(log, VerboseMode.NORMAL),
                                    p -> p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.') + 1)
                                            + " at level " + p.getParam("level") + ", W=" + p.getParam("workflows")));
                    writes.run();
                }
            }
            shipped(options, terminal);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Could not write the benchmark results to "
                    + options.out() + ": " + e.getMessage(), e);
        } catch (RunnerException e) {
            throw jmhFailure(e, options.out());
        }
    }

    /** Torc as shipped at every size, each run as {@code bench --db} runs on a user's database. */
    private static void shipped(BenchOptions options, PrintStream terminal) {
        BenchOptions.Matrix m = options.matrix();
        BenchOptions.Shipped shipped = options.shipped();
        for (int w : m.workflows()) {
            for (TorcSchemaVersion.Init version : shipped.versions()) {
                terminal.println("bench: Torc " + version.name() + " as shipped, W=" + w + ": a database built by its "
                        + "migrations (generated once, cached in " + options.cache() + ")");
                Path db = BenchDatabases.base(options.cache(), version, new GeneratorOptions(w, m.jobs(), m.seed()));
                new DatabaseBench().run(new DatabaseBenchOptions(db, options.out().resolve(
                        BenchOptions.shippedFolder(version, w)), options.cache(), Workload.BUILT_IN, shipped.levels(),
                        List.of(), false, options.quick(), m.writes(), DatabaseBenchOptions.DEFAULT_CAP,
                        shipped.top()), terminal);
            }
        }
    }

    /** What a failed JMH run means: another run holds JMH's machine-wide lock, or a benchmark failed. */
    static TorcIndexException jmhFailure(RunnerException e, Path out) {
        if (String.valueOf(e.getMessage()).contains("Unable to acquire the JMH lock")) {
            // JMH allows one run per machine (a lock in the temporary folder): timings would disturb each other.
            return new TorcIndexException(ErrorCode.ALREADY_RUNNING, "Another JMH benchmark is running on this "
                    + "machine (JMH's lock in " + System.getProperty("java.io.tmpdir") + " is held), and two "
                    + "would disturb each other's timings. Wait for it to finish, then run again.", e);
        }
        return new TorcIndexException(ErrorCode.INTERNAL, "JMH failed: " + e.getMessage()
                + "; see " + out.resolve("jmh.log"), e);
    }

    /**
     * Creates {@code folder} if needed, before anything slow runs.
     *
     * @throws TorcIndexException if it is a file, or can't be created or written
     */
    public static void prepareFolder(Path folder, String option) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new TorcIndexException(ErrorCode.NOT_A_FILE, "Cannot write results to " + folder.toAbsolutePath()
                    + ": it is a file, and " + option + " needs a folder. Give a new or existing folder.");
        }
        for (Path up = folder.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) {
                throw new TorcIndexException(ErrorCode.NOT_A_FILE, "Cannot write results to "
                        + folder.toAbsolutePath() + ": " + up + " is a file, so no folder can be made inside it ("
                        + option + " needs a folder). Give another path.");
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot create the folder " + folder.toAbsolutePath()
                    + " (" + option + "): " + e.getMessage() + ".", e);
        }
        if (!TorcDatabase.isWritable(folder)) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot write to the folder " + folder.toAbsolutePath()
                    + " (" + option + "): it is read-only.");
        }
    }

    private static ChainedOptionsBuilder common(BenchOptions options, PrintStream log) {
        BenchOptions.Matrix m = options.matrix();
        return jmhOptions(options.quick(), log)
                .param("workflows", m.workflows().stream().map(String::valueOf).toArray(String[]::new))
                .param("jobs", String.valueOf(m.jobs()))
                .param("seed", String.valueOf(m.seed()))
                .param("cache", options.cache().toAbsolutePath().toString());
    }

    /** One fork, fail on error, JSON results, and the quick settings when asked. */
    static ChainedOptionsBuilder jmhOptions(boolean quick, PrintStream log) {
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .forks(1)
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .jvmArgsAppend("-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        if (quick) {
            builder.warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
                    .measurementIterations(3).measurementTime(TimeValue.milliseconds(200));
        }
        return builder;
    }

    /** The JMH settings, in words, for the report. */
    static String jmhSettings(boolean quick) {
        return quick ? "1 fork, 1 x 200 ms warmup, 3 x 200 ms measurement"
                : "1 fork, 3 x 1 s warmup, 5 x 1 s measurement";
    }

    private static Map<String, String> plans(TorcDatabase db, List<String> queries) {
        Map<String, String> plans = new LinkedHashMap<>();
        QueryCatalog catalog = QueryCatalog.builtIn();
        for (String name : queries) {
            CatalogStatement s = catalog.byName(name).orElseThrow(() -> new TorcIndexException(ErrorCode.USAGE,
                    "No statement '" + name + "' in the built-in catalog; see docs/analyzer.md."));
            try {
                plans.put(name, QueryPlan.explain(db.connection(), s.sql()).text());
            } catch (SQLException e) {
                throw db.failure("plan " + name + " on", e);
            }
        }
        return plans;
    }

    /** Bytes of every table and index, from dbstat; empty when dbstat is not compiled in. */
    static Map<String, Long> sizes(TorcDatabase db) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY name")) {
            while (rs.next()) {
                sizes.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            LOG.warn("dbstat is not available in {}: {}", db.path(), e.getMessage());
        }
        return sizes;
    }

    private static Map<String, Object> environment(BenchOptions options) throws IOException {
        Map<String, Object> env = machine();
        try (TorcDatabase db = TorcDatabase.open(BenchDatabases.base(options.cache(), new GeneratorOptions(
                options.matrix().workflows().get(0), options.matrix().jobs(), options.matrix().seed())),
                TorcDatabase.Access.READ_ONLY, TorcDatabase.DEFAULT_BUSY_TIMEOUT)) {
            env.put("sqlite", db.sqliteVersion());
        }
        env.put("workflows", options.matrix().workflows());
        env.put("jobsPerWorkflow", options.matrix().jobs());
        env.put("seed", options.matrix().seed());
        env.put("levels", options.matrix().levels().stream().map(BenchLevel::name).toList());
        env.put("quick", options.quick());
        env.put("jmh", jmhSettings(options.quick()));
        return env;
    }

    /** When and on what: time, OS, cores, heap, JVM, CPU. */
    static Map<String, Object> machine() {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("time", Instant.now().toString());
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        env.put("cores", Runtime.getRuntime().availableProcessors());
        env.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        env.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        env.put("cpu", cpu());
        return env;
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
