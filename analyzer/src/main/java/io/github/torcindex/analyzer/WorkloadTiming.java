package io.github.torcindex.analyzer;

import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Times every read statement of a workload on several databases (the same data under different index sets),
 * interleaved statement by statement and run by run, with the values sampled on the first, each execution
 * reading every row, capped. All databases are opened read-only. {@code torc-index compare}.
 */
public final class WorkloadTiming {

    /**
     * One statement's median time on each database, in milliseconds (the cap when it was capped).
     *
     * @param statement its name
     * @param medianMs per database, in the order given
     * @param capped per database, whether an execution hit the cap
     */
    public record Row(String statement, List<Double> medianMs, List<Boolean> capped) {

        /** Copies the lists. */
        public Row {
            medianMs = List.copyOf(medianMs);
            capped = List.copyOf(capped);
        }
    }

    /**
     * The comparison.
     *
     * @param databases the databases, the first the baseline
     * @param bytes each database's file size
     * @param rows one row per read statement timed
     * @param runs executions per statement and database
     * @param cap the cap of one execution
     */
    public record Result(List<Path> databases, List<Long> bytes, List<Row> rows, int runs, Duration cap) {

        /** Copies the lists. */
        public Result {
            databases = List.copyOf(databases);
            bytes = List.copyOf(bytes);
            rows = List.copyOf(rows);
        }

        /** The sum of the medians on database {@code i}. */
        public double totalMs(int i) {
            return rows.stream().mapToDouble(r -> r.medianMs().get(i)).sum();
        }

        /** Statements more than {@code factor} times slower on database {@code i} than on the first (and 1 ms). */
        public List<Row> slower(int i, double factor) {
            return rows.stream().filter(r -> r.medianMs().get(i) > factor * r.medianMs().get(0)
                    && r.medianMs().get(i) - r.medianMs().get(0) > 1.0).toList();
        }

        /** Statements that hit the cap on database {@code i}. */
        public long cappedCount(int i) {
            return rows.stream().filter(r -> r.capped().get(i)).count();
        }
    }

    private WorkloadTiming() {
    }

    /** Times {@code workload}'s read statements on {@code databases} (at least one). */
    public static Result compare(List<Path> databases, Workload workload, int runs, Duration cap,
            Duration busyTimeout) {
        List<TorcDatabase> open = new ArrayList<>();
        try {
            for (Path p : databases) {
                open.add(TorcDatabase.open(p, TorcDatabase.Access.READ_ONLY, busyTimeout));
            }
            TorcDatabase base = open.get(0);
            QueryCatalog catalog = workload.load(workload.early(), base.torcVersion());
            ParameterSampler sampler = new ParameterSampler(base.connection());
            List<Row> rows = new ArrayList<>();
            for (CatalogStatement s : catalog.distinct()) {
                SqlParse parse = SqlParse.of(s.sql());
                if (s.write() || parse.write().isPresent() || SkippedStatement.notAQuery(s).isPresent()) {
                    continue;
                }
                try {
                    timeOn(s.name(), s.sql(), sampler.sample(s, parse), open, runs, cap).ifPresent(rows::add);
                } catch (SQLException e) {
                    continue; // a statement SQLite can't prepare on one of them: verify reports it
                }
            }
            List<Long> bytes = new ArrayList<>();
            for (TorcDatabase db : open) {
                bytes.add(Files.size(db.path()));
            }
            return new Result(open.stream().map(TorcDatabase::path).toList(), bytes, rows, runs, cap);
        } catch (java.io.IOException e) {
            throw new io.github.torcindex.TorcIndexException(io.github.torcindex.ErrorCode.INTERNAL,
                    "Could not time the workload: " + e.getMessage(), e);
        } finally {
            open.forEach(TorcDatabase::close);
        }
    }

    /**
     * One statement, bound with {@code values}, timed on each database, interleaved run by run, each execution
     * reading every row and capped; empty when it returns no rows to read (it is not a query).
     *
     * @throws SQLException if it can't be prepared on one of the databases
     */
    static Optional<Row> timeOn(String name, String sql, Map<String, Object> values, List<TorcDatabase> databases,
            int runs, Duration cap) throws SQLException {
        Map.Entry<String, List<String>> jdbc = SqlParameters.positional(sql);
        List<PreparedStatement> prepared = new ArrayList<>();
        try {
            for (TorcDatabase db : databases) {
                PreparedStatement p = db.connection().prepareStatement(jdbc.getKey());
                prepared.add(p);
                for (int i = 0; i < jdbc.getValue().size(); i++) {
                    p.setObject(i + 1, values.get(jdbc.getValue().get(i)));
                }
            }
            if (prepared.get(0).getMetaData() == null || prepared.get(0).getMetaData().getColumnCount() == 0) {
                return Optional.empty();
            }
            return Optional.of(time(name, prepared, runs, cap));
        } finally {
            for (PreparedStatement p : prepared) {
                p.close();
            }
        }
    }

    /**
     * The interleaved runs; a statement that looks more than twice as slow on one database as on the first
     * (the {@link Result#slower} test), neither capped, is run twice as many times again and judged on the
     * median of all its runs: one pause of the collector or of a shared machine in two of three runs would
     * otherwise read as a regression.
     */
    private static Row time(String name, List<PreparedStatement> prepared, int runs, Duration cap)
            throws SQLException {
        double[][] ms = new double[prepared.size()][runs * 3];
        boolean[] capped = new boolean[prepared.size()];
        int done = rounds(prepared, ms, capped, 0, runs, cap);
        Row row = row(name, ms, capped, done, cap);
        boolean doubtful = false;
        for (int d = 1; d < prepared.size(); d++) {
            double base = row.medianMs().get(0);
            double here = row.medianMs().get(d);
            doubtful |= !capped[0] && !capped[d] && here > 2 * base && here - base > 1.0;
        }
        if (doubtful) {
            done = rounds(prepared, ms, capped, done, runs * 3, cap);
            row = row(name, ms, capped, done, cap);
        }
        return row;
    }

    private static int rounds(List<PreparedStatement> prepared, double[][] ms, boolean[] capped, int from, int to,
            Duration cap) throws SQLException {
        for (int run = from; run < to; run++) {
            for (int d = 0; d < prepared.size(); d++) {
                if (capped[d]) {
                    ms[d][run] = -1; // capped once: not run again, it would only take the cap again
                    continue;
                }
                ms[d][run] = run(prepared.get(d), cap);
                capped[d] |= ms[d][run] < 0;
            }
        }
        return to;
    }

    private static Row row(String name, double[][] ms, boolean[] capped, int runs, Duration cap) {
        List<Double> medians = new ArrayList<>();
        List<Boolean> caps = new ArrayList<>();
        for (int d = 0; d < ms.length; d++) {
            double[] sorted = Arrays.stream(ms[d], 0, runs).map(v -> v < 0 ? cap.toMillis() : v).sorted().toArray();
            medians.add(sorted[sorted.length / 2]);
            caps.add(capped[d]);
        }
        return new Row(name, medians, caps);
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "torc-index-timing-cap");
        t.setDaemon(true);
        return t;
    });

    /** Milliseconds to execute and read every row, or -1 when it hit the cap (interrupted by a watchdog). */
    private static double run(PreparedStatement p, Duration cap) throws SQLException {
        long start = System.nanoTime();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            try {
                p.cancel(); // sqlite3_interrupt: the statement stops at its next step
            } catch (SQLException ignored) {
                // it finished meanwhile
            }
        }, cap.toMillis(), TimeUnit.MILLISECONDS);
        try (ResultSet rs = p.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("interrupt")) {
                return -1;
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
