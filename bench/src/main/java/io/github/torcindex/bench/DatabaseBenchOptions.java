package io.github.torcindex.bench;

import io.github.torcindex.analyzer.Workload;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DatabaseBench#run} benchmarks: a copy of a user's database at levels on top of it, with a
 * workload.
 *
 * @param database the user's database, only read
 * @param out the folder for the results
 * @param cache where the copies go (one per level, reused while the database is unchanged)
 * @param workload the statements: the built-in catalog of the database's Torc version, a file or a log
 * @param levels among {@link BenchLevel#OF_DATABASE}
 * @param only statement names to time (empty: those whose plan differs between levels, or all with {@code all})
 * @param all time every read statement, not only those whose plan differs between levels
 * @param quick short JMH settings
 * @param writes whether to benchmark the workload's hot writes at every level
 * @param cap a statement slower than this at a level (timed once first) is not given to JMH at that level
 * @param top at most this many reads for JMH, those whose first medians differ most between levels (0: every
 *     read whose plan and medians differ); ignored with {@code only} or {@code all}
 */
public record DatabaseBenchOptions(Path database, Path out, Path cache, Workload workload, List<BenchLevel> levels,
        List<String> only, boolean all, boolean quick, boolean writes, Duration cap, int top) {

    /** The default cap of one execution. */
    public static final Duration DEFAULT_CAP = Duration.ofSeconds(5);

    /** Validates and copies the components. */
    public DatabaseBenchOptions {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(cap, "cap");
        levels = List.copyOf(levels);
        only = List.copyOf(only);
        if (levels.isEmpty() || !BenchLevel.OF_DATABASE.containsAll(levels)) {
            throw new IllegalArgumentException("levels: a database's levels are " + BenchLevel.OF_DATABASE
                    + ", not " + levels);
        }
        if (!levels.contains(BenchLevel.SHIPPED)) {
            levels = new java.util.ArrayList<>(levels);
            levels.add(0, BenchLevel.SHIPPED); // every comparison is against the database as it is
            levels = List.copyOf(levels);
        }
        levels = levels.stream().distinct().sorted((a, b) -> a.order() - b.order()).toList();
        if (cap.isNegative() || cap.isZero()) {
            throw new IllegalArgumentException("cap: must be positive, not " + cap);
        }
        if (top < 0) {
            throw new IllegalArgumentException("top: must be 0 (no limit) or more, not " + top);
        }
    }

    /** Every read whose plan and first medians differ between levels goes to JMH ({@code top} 0). */
    public DatabaseBenchOptions(Path database, Path out, Path cache, Workload workload, List<BenchLevel> levels,
            List<String> only, boolean all, boolean quick, boolean writes, Duration cap) {
        this(database, out, cache, workload, levels, only, all, quick, writes, cap, 0);
    }
}
