package io.github.torcindex.analyzer;

import io.github.torcindex.indexer.ScratchCopy;
import io.github.torcindex.schema.TorcDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proof by measurement ({@code advise --measure}): the database is copied to a scratch file
 * ({@code VACUUM INTO}; the original is only read), the advice is applied to the copy (its indexes, then the
 * ANALYZE it ends with), and every read statement the advice changes is timed on both, interleaved (original,
 * copy, original, ...), with the values the advisor sampled, each execution reading every row, capped. A proposed
 * index whose statements measure slower is dropped from the advice. The copy is deleted afterwards.
 */
public final class AdviceMeasurement {

    /** Executions per side and statement (the median is reported). */
    public static final int RUNS = 5;

    /** No execution is timed past this; a capped statement counts as the cap. */
    public static final Duration CAP = Duration.ofSeconds(10);

    /**
     * One statement timed before and after the advice.
     *
     * @param statement its name
     * @param beforeMs the median time on the database as it is
     * @param afterMs the median time with the advice applied
     * @param capped whether an execution hit the cap (its time is then the cap)
     */
    public record Timing(String statement, double beforeMs, double afterMs, boolean capped) {

        /** How many times faster (above 1) or slower (below 1). */
        public double speedup() {
            return beforeMs / Math.max(afterMs, 1e-3);
        }
    }

    /**
     * The measured advice.
     *
     * @param advice the advice without the proposals that measured slower
     * @param timings every statement timed
     * @param dropped the proposals dropped, with why
     */
    public record Result(AdviceReport advice, List<Timing> timings, Map<String, String> dropped) {

        /** Validates and copies the components. */
        public Result {
            timings = List.copyOf(timings);
            dropped = Map.copyOf(dropped);
        }
    }

    private AdviceMeasurement() {
    }

    /** Measures {@code report}, the advice {@code options} produced. */
    public static Result measure(AdviseOptions options, AdviceReport report) {
        Set<String> changed = new LinkedHashSet<>();
        report.repairs().forEach(r -> r.changes().forEach(c -> changed.add(c.statement())));
        report.additions().forEach(a -> a.proofs().forEach(c -> changed.add(c.statement())));
        try (TorcDatabase original = TorcDatabase.open(options.database(), TorcDatabase.Access.READ_ONLY,
                options.busyTimeout()); ScratchCopy copy = ScratchCopy.of(original, "measure", "measure")) {
            QueryCatalog catalog = options.workload().load(options.workload().early(), original.torcVersion());
            Map<String, CatalogStatement> byName = new LinkedHashMap<>();
            catalog.distinct().forEach(s -> byName.put(s.name(), s));
            try (TorcDatabase scratch = TorcDatabase.open(copy.path(), TorcDatabase.Access.READ_WRITE,
                    options.busyTimeout())) {
                for (ProposedIndex a : report.additions()) {
                    scratch.execute(a.createSql());
                }
                for (String table : report.analyze()) {
                    scratch.execute("ANALYZE \"" + table + "\"");
                }
                ParameterSampler sampler = new ParameterSampler(original.connection());
                List<Timing> timings = new ArrayList<>();
                for (String name : changed) {
                    CatalogStatement s = byName.get(name);
                    SqlParse parse = s == null ? null : SqlParse.of(s.sql());
                    if (s == null || s.write() || parse.write().isPresent()) {
                        continue; // writes are never executed, not even on the copy
                    }
                    Map<String, Object> values = sampler.sample(s, parse);
                    time(s, values, original, scratch).ifPresent(timings::add);
                }
                return new Result(withoutSlower(report, timings), timings, dropped(report, timings));
            }
        } catch (SQLException e) {
            throw TorcDatabase.failureOf(options.database().toAbsolutePath(), "measure the advice on a copy of", e);
        }
    }

    /** The statement timed on both, or empty when it returns no rows to read (it is not a query). */
    private static Optional<Timing> time(CatalogStatement s, Map<String, Object> values, TorcDatabase before,
            TorcDatabase after) throws SQLException {
        return WorkloadTiming.timeOn(s.name(), s.sql(), values, List.of(before, after), RUNS, CAP)
                .map(r -> new Timing(r.statement(), r.medianMs().get(0), r.medianMs().get(1),
                        r.capped().contains(true)));
    }

    /** A statement measured slower: beyond 25% and 1 ms. */
    private static boolean slower(Timing t) {
        return t.afterMs() > t.beforeMs() * 1.25 && t.afterMs() - t.beforeMs() > 1.0;
    }

    private static Map<String, String> dropped(AdviceReport report, List<Timing> timings) {
        Map<String, String> dropped = new LinkedHashMap<>();
        for (ProposedIndex a : report.additions()) {
            Optional<Timing> worst = timings.stream().filter(AdviceMeasurement::slower)
                    .filter(t -> a.proofs().stream().anyMatch(p -> p.statement().equals(t.statement()))).findFirst();
            worst.ifPresent(t -> dropped.put(a.name(), String.format(java.util.Locale.ROOT,
                    "%s measured slower: %.3f ms -> %.3f ms", t.statement(), t.beforeMs(), t.afterMs())));
        }
        return dropped;
    }

    private static AdviceReport withoutSlower(AdviceReport r, List<Timing> timings) {
        Map<String, String> dropped = dropped(r, timings);
        return new AdviceReport(r.database(), r.catalog(), r.conditions(), r.additions().stream()
                .filter(a -> !dropped.containsKey(a.name())).toList(), r.rejected(), r.findings(), r.regressions(),
                r.repairs(), r.analyze(), r.sizes());
    }
}
