package io.github.torcindex.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.BoundStatement;
import io.github.torcindex.analyzer.CatalogStatement;
import io.github.torcindex.analyzer.QueryCatalog;
import io.github.torcindex.analyzer.QueryPlan;
import io.github.torcindex.analyzer.WorkloadTiming;
import io.github.torcindex.schema.TorcDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * {@code bench --db}: JMH on copies of a user's database (the original opened read-only and checked unchanged
 * by its SHA-256 before and after), at {@code shipped} (as it is) and the levels on top of it, with a workload.
 * First every read statement is planned at every level and timed three times with a cap; JMH then times those
 * whose plan differs between levels and whose medians differ by 25% or more (or all, or those named), at each
 * level where they stay under the cap, and the
 * workload's hot writes (Torc's claim, start, complete, unblock and status updates) at every level. Files in
 * {@code out}: {@code statements.json}, {@code plans.json}, {@code sizes.json}, {@code first-timing.json},
 * {@code environment.json}, {@code copies.json}, {@code jmh-reads-N.json} and {@code jmh-writes-N.json} (N: the
 * statement's index in statements.json) and {@code jmh.log}. JMH runs statement by statement, each at all its
 * levels in turn.
 */
public final class DatabaseBench {

    /** Torc's hot writes: the server's job life cycle. */
    static final Pattern HOT_WRITE = Pattern.compile(
            ":(claim|start_job|complete_job|unblock|update_job_status|manage_job_status_change|process_\\w*unblocks)");
    /** Writes benchmarked when none of the workload's is one of Torc's hot writes: the heaviest this many. */
    static final int HEAVIEST_WRITES = 8;

    /** Runs of the first timing, interleaved across levels; the median decides what JMH times. */
    static final int FIRST_RUNS = 3;
    /** By default JMH times a read whose plan differs and whose first medians differ at least this much. */
    static final double DIFFERENCE = 1.25;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Copies, plans, times and benchmarks; {@code progress} gets a line per step and per benchmark.
     *
     * @throws TorcIndexException if the database is missing or not a Torc database, a file can't be written, the
     *     cache has no room, another JMH run holds the machine, or the original changed during the run
     */
    public void run(DatabaseBenchOptions o, PrintStream progress) {
        BenchRunner.prepareFolder(o.out(), "--out");
        BenchRunner.prepareFolder(o.cache(), "--cache");
        RunFolder.clear(o.out());
        Map<String, Object> env = new LinkedHashMap<>();
        Map<BenchLevel, Path> copies = new LinkedHashMap<>();
        DatabaseCopies cache;
        List<CatalogStatement> statements;
        try (TorcDatabase source = TorcDatabase.open(o.database(), TorcDatabase.Access.READ_ONLY,
                TorcDatabase.DEFAULT_BUSY_TIMEOUT)) {
            // A bad workload file, or a name --only doesn't know, is reported before anything slow runs. The
            // copies have the database's schema, so the statements read for it are theirs.
            QueryCatalog workload = o.workload().statements(source.torcVersion());
            statements = workload.distinct();
            List<String> names = statements.stream().map(CatalogStatement::name).toList();
            o.only().stream().filter(n -> !names.contains(n)).findFirst().ifPresent(n -> {
                throw unknownName(n, o);
            });
            progress.println("bench: reading " + o.database() + " (" + source.torcVersion().schema() + "; workload: "
                    + workload.statements().size() + " statements of " + o.workload().asText() + "); its SHA-256 "
                    + "first, to show it unchanged");
            String before = DatabaseCopies.sha256(o.database());
            env.put("mode", "database");
            env.put("database", o.database().toAbsolutePath().toString());
            env.put("sha256Before", before);
            env.put("bytes", Files.size(o.database()));
            env.put("torcSchema", source.torcVersion().schema());
            env.put("sqlite", source.sqliteVersion());
            env.put("jobs", Long.parseLong(source.queryValue("SELECT count(*) FROM job")));
            env.put("workflowsInDatabase", Long.parseLong(source.queryValue("SELECT count(*) FROM workflow")));
            cache = DatabaseCopies.of(o.cache(), o.database(), before);
            progress.println("bench: copying it to " + o.cache() + " (VACUUM INTO, from a read-only connection)");
            copies.put(BenchLevel.SHIPPED, cache.shipped(source, o.levels().size() - 1));
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read " + o.database() + ": "
                    + e.getMessage(), e);
        }
        Path shipped = copies.get(BenchLevel.SHIPPED);
        for (BenchLevel level : o.levels()) {
            if (!level.isShipped()) {
                progress.println("bench: preparing level " + level + (level.isAdvised() ? " (advise, then apply "
                        + "its changelog)" : " (migrate --to " + level + ")") + " on a copy");
                copies.put(level, cache.atLevel(shipped, level, o.workload()));
            }
        }
        progress.println("bench: planning " + statements.size() + " distinct statements at " + copies.size()
                + " levels, and timing each read " + FIRST_RUNS + " times there (cap " + o.cap().toMillis() + " ms) to pick "
                + "what JMH times");
        Map<String, Map<String, String>> plans = new LinkedHashMap<>();
        Map<String, Map<String, Long>> sizes = new LinkedHashMap<>();
        Map<String, Object> checks = new LinkedHashMap<>();
        for (Map.Entry<BenchLevel, Path> c : copies.entrySet()) {
            try (TorcDatabase db = TorcDatabase.open(c.getValue(), TorcDatabase.Access.READ_ONLY,
                    TorcDatabase.DEFAULT_BUSY_TIMEOUT)) {
                plans.put(c.getKey().name(), plans(db, statements));
                sizes.put(c.getKey().name(), indexSizes(db));
            }
            checks.put(c.getKey().name(), PlanChecks.of(c.getValue(), o.workload()));
        }
        WorkloadTiming.Result first = WorkloadTiming.compare(List.copyOf(copies.values()), o.workload(), FIRST_RUNS,
                o.cap(), TorcDatabase.DEFAULT_BUSY_TIMEOUT);
        List<Map<String, Object>> listed = new ArrayList<>();
        Map<BenchLevel, List<String>> reads = selectReads(o, statements, plans, first, listed);
        List<String> writes = o.writes() ? hotWrites(statements, shipped, listed) : List.of();
        try {
            JSON.writeValue(o.out().resolve("statements.json").toFile(), listed);
            JSON.writeValue(o.out().resolve("plans.json").toFile(), plans);
            JSON.writeValue(o.out().resolve("sizes.json").toFile(), sizes);
            JSON.writeValue(o.out().resolve("verify.json").toFile(), checks);
            JSON.writeValue(o.out().resolve("first-timing.json").toFile(), first.rows());
            int total = reads.values().stream().mapToInt(List::size).sum() + writes.size() * copies.size();
            JmhProgress bar = new JmhProgress(progress, total);
            try (PrintStream log = new PrintStream(Files.newOutputStream(o.out().resolve("jmh.log")), true,
                    StandardCharsets.UTF_8)) {
                // Statement by statement, all its levels one after another: what disturbs the machine for a
                // while (a cold cache, another process) then falls on every level alike, not on one level.
                Map<String, String> files = new LinkedHashMap<>();
                copies.forEach((level, file) -> files.put(level.name(), file.toAbsolutePath().toString()));
                Path copiesFile = o.out().resolve("copies.json");
                JSON.writeValue(copiesFile.toFile(), files);
                Map<String, List<String>> byStatement = new LinkedHashMap<>();
                reads.forEach((level, indexes) -> indexes.forEach(i -> byStatement.computeIfAbsent(i,
                        k -> new ArrayList<>()).add(level.name())));
                List<String> all = copies.keySet().stream().map(BenchLevel::name).toList();
                for (Map.Entry<String, List<String>> e : byStatement.entrySet()) {
                    run(o, log, bar, statements, "read", e.getKey(), e.getValue(), copiesFile, shipped);
                }
                for (String write : writes) {
                    run(o, log, bar, statements, "write", write, all, copiesFile, shipped);
                }
            }
            String after = DatabaseCopies.sha256(o.database());
            env.put("sha256After", after);
            env.putAll(BenchRunner.machine());
            env.put("levels", copies.keySet().stream().map(BenchLevel::name).toList());
            env.put("workload", o.workload().asText());
            env.put("cap", o.cap().toMillis());
            env.put("quick", o.quick());
            env.put("jmh", BenchRunner.jmhSettings(o.quick()));
            env.put("adviceChangelog", copies.containsKey(BenchLevel.ADVISED) ? cache.adviceChangelog().toString()
                    : "");
            JSON.writeValue(o.out().resolve("environment.json").toFile(), env);
            if (!after.equals(env.get("sha256Before"))) {
                throw new TorcIndexException(ErrorCode.INTERNAL, "The database " + o.database() + " changed while "
                        + "it was benchmarked (SHA-256 " + env.get("sha256Before") + " before, " + after + " after): "
                        + "something else writes to it. torc-index only read it; the copies are in " + o.cache()
                        + ".");
            }
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Could not write the benchmark results to " + o.out()
                    + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> plans(TorcDatabase db, List<CatalogStatement> statements) {
        Map<String, String> plans = new LinkedHashMap<>();
        for (CatalogStatement s : statements) {
            try {
                plans.put(s.name(), QueryPlan.explain(db.connection(), s.sql()).text());
            } catch (SQLException e) {
                plans.put(s.name(), "cannot be prepared: " + e.getMessage());
            }
        }
        return plans;
    }

    /** Per level, the reads JMH times there; {@code listed} gets every statement with whether and why. */
    static Map<BenchLevel, List<String>> selectReads(DatabaseBenchOptions o, List<CatalogStatement> statements,
            Map<String, Map<String, String>> plans, WorkloadTiming.Result first, List<Map<String, Object>> listed) {
        Map<String, WorkloadTiming.Row> timed = new LinkedHashMap<>();
        first.rows().forEach(r -> timed.put(r.statement(), r));
        o.only().stream().filter(n -> !timed.containsKey(n)).findFirst().ifPresent(n -> {
            throw unknownName(n, o);
        });
        List<BenchLevel> levels = o.levels();
        // With --top N, the N candidates whose first medians differ most between levels (a capped level counts
        // as the largest difference).
        java.util.Set<String> top = o.top() <= 0 || !o.only().isEmpty() || o.all() ? null : timed.values().stream()
                .filter(r -> planDiffers(plans, r.statement()) && spread(r) >= DIFFERENCE).sorted((a, b) -> Double.compare(spread(b), spread(a)))
                .limit(o.top()).map(WorkloadTiming.Row::statement).collect(java.util.stream.Collectors.toSet());
        Map<BenchLevel, List<String>> reads = new LinkedHashMap<>();
        levels.forEach(l -> reads.put(l, new ArrayList<>()));
        for (int i = 0; i < statements.size(); i++) {
            CatalogStatement s = statements.get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", i);
            entry.put("name", s.name());
            entry.put("weight", s.weight());
            entry.put("kind", BoundStatement.isWrite(s) ? "write" : "read");
            entry.put("sql", s.sql());
            listed.add(entry);
            WorkloadTiming.Row row = timed.get(s.name());
            if (row == null) {
                entry.put("benchmarked", BoundStatement.isWrite(s) ? "as a write, if it is a hot one" : "no: not a "
                        + "query that returns rows, or it can't be prepared on this database");
                continue;
            }
            boolean planDiffers = planDiffers(plans, s.name());
            boolean timesDiffer = spread(row) >= DIFFERENCE;
            boolean chosen = o.only().isEmpty() ? o.all() || planDiffers && timesDiffer && (top == null
                    || top.contains(s.name())) : o.only().contains(s.name());
            List<String> cappedAt = new ArrayList<>();
            for (int l = 0; l < levels.size(); l++) {
                if (!chosen) {
                    continue;
                }
                if (row.capped().get(l)) {
                    cappedAt.add(levels.get(l).name());
                } else {
                    reads.get(levels.get(l)).add(String.valueOf(i));
                }
            }
            entry.put("benchmarked", !chosen ? (planDiffers && timesDiffer ? "no: --top " + o.top() + " kept the "
                    + o.top() + " statements whose first medians differ most between levels"
                    : planDiffers ? "no: its plan differs, but timed first at every "
                    + "level its medians differ by less than " + DIFFERENCE + "x (--all times it)"
                    : "no: the same plan at every level (--all times it)")
                    : cappedAt.isEmpty() ? "yes" : "yes, except at " + String.join(", ", cappedAt)
                    + " (over the cap of " + o.cap().toMillis() + " ms when timed first)");
        }
        return reads;
    }

    /** Whether the statement's plan is not the same at every level. */
    private static boolean planDiffers(Map<String, Map<String, String>> plans, String statement) {
        return plans.values().stream().map(p -> p.get(statement)).distinct().count() > 1;
    }

    /** Slowest over fastest first median of a statement across the levels; infinite when one was capped. */
    private static double spread(WorkloadTiming.Row row) {
        double fastest = row.medianMs().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double slowest = row.medianMs().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (row.capped().contains(true) || fastest <= 0 && slowest > 0) {
            return Double.POSITIVE_INFINITY;
        }
        return fastest <= 0 ? 1 : slowest / fastest;
    }

    private static TorcIndexException unknownName(String name, DatabaseBenchOptions o) {
        return new TorcIndexException(ErrorCode.USAGE, "--only: no read statement named '" + name + "' in the "
                + "workload that runs on this database (" + o.workload().asText() + "; verify --db lists the names).");
    }

    /** Bytes of every index (dbstat), by name; empty when dbstat is not compiled in. */
    private static Map<String, Long> indexSizes(TorcDatabase db) {
        Map<String, Long> all = BenchRunner.sizes(db);
        Map<String, Long> indexes = new LinkedHashMap<>();
        try (java.sql.Statement st = db.connection().createStatement(); java.sql.ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")) {
            while (rs.next()) {
                indexes.put(rs.getString(1), all.getOrDefault(rs.getString(1), 0L));
            }
        } catch (SQLException e) {
            throw db.failure("list the indexes of", e);
        }
        return indexes;
    }

    /** The hot writes that run on the shipped copy (in a rolled-back transaction), as indexes of statements. */
    private static List<String> hotWrites(List<CatalogStatement> statements, Path shipped,
            List<Map<String, Object>> listed) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (BoundStatement.isWrite(statements.get(i)) && HOT_WRITE.matcher(statements.get(i).name()).find()) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            for (int i = 0; i < statements.size(); i++) {
                if (BoundStatement.isWrite(statements.get(i))) {
                    candidates.add(i);
                }
            }
            candidates.sort(Comparator.comparingDouble(i -> -statements.get(i).weight()));
            candidates = candidates.subList(0, Math.min(HEAVIEST_WRITES, candidates.size()));
        }
        List<String> runnable = new ArrayList<>();
        try (TorcDatabase db = TorcDatabase.open(shipped)) {
            db.connection().setAutoCommit(false);
            for (int i : candidates) {
                BoundStatement bound = BoundStatement.sample(db.connection(), statements.get(i));
                try (PreparedStatement p = bound.prepare(db.connection())) {
                    p.executeUpdate();
                    runnable.add(String.valueOf(i));
                    listed.get(i).put("benchmarked", "yes, as a write (rolled back)");
                } catch (SQLException e) {
                    listed.get(i).put("benchmarked", "no: with the sampled values it fails: " + e.getMessage());
                } finally {
                    db.connection().rollback();
                }
            }
            db.connection().setAutoCommit(true);
        } catch (SQLException e) {
            throw TorcDatabase.failureOf(shipped, "try the writes on", e);
        }
        return runnable;
    }

    private static void run(DatabaseBenchOptions o, PrintStream log, JmhProgress bar, List<CatalogStatement> all,
            String kind, String statement, List<String> levels, Path copies, Path shipped) throws IOException {
        String name = all.get(Integer.parseInt(statement)).name();
        try {
            new Runner(BenchRunner.jmhOptions(o.quick(), log).include(WorkloadBenchmarks.class.getName() + "." + kind)
                    .param("copies", copies.toAbsolutePath().toString())
                    .param("shipped", shipped.toAbsolutePath().toString())
                    .param("level", levels.toArray(String[]::new)).param("workload", o.workload().asText())
                    .param("statement", statement)
                    .result(o.out().resolve("jmh-" + kind + "s-" + statement + ".json").toString()).build(),
                    bar.around(OutputFormatFactory.createFormatInstance(log, VerboseMode.NORMAL),
                            p -> kind + " " + name + " at level " + p.getParam("level"))).run();
        } catch (RunnerException e) {
            throw BenchRunner.jmhFailure(e, o.out());
        }
    }
}
