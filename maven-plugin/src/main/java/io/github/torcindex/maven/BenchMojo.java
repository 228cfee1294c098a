package io.github.torcindex.maven;

import io.github.torcindex.bench.BenchLevel;
import io.github.torcindex.bench.DatabaseBenchOptions;
import io.github.torcindex.bench.TorcIndex;
import java.io.File;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Benchmarks copies of a Torc database with JMH, as {@code torc-index bench --db} does: at {@code shipped} (as it
 * is), the phases on top of it and its advice, with the workload of {@code queries} or {@code queriesFromLog}
 * (default: the built-in catalog of its Torc version). The database is only read, and checked unchanged by its
 * SHA-256. Minutes to hours: bind it in a profile, not the default build (docs/maven-plugin.md). Then the
 * {@code report} goal turns {@code out} into report.md and report.html. ({@code largeTable} is not used here.)
 */
@Mojo(name = "bench", threadSafe = false)
public class BenchMojo extends AbstractWorkloadMojo {

    /** Where to write the results. */
    @Parameter(property = "torc-index.out", defaultValue = "${project.build.directory}/torc-index-bench")
    File out;

    /** Where the copies go (one per level, reused while the database is unchanged). */
    @Parameter(property = "torc-index.cache", defaultValue = "${user.home}/.cache/torc-index")
    File cache;

    /** The levels, comma-separated, among shipped, 1, 2, 3, 4, advised (default all). */
    @Parameter(property = "torc-index.levels")
    String levels;

    /** Statement names to time, comma-separated (default: those whose plan differs between levels). */
    @Parameter(property = "torc-index.only")
    String only;

    /** Time every read statement, not only those whose plan differs between levels. */
    @Parameter(property = "torc-index.all", defaultValue = "false")
    boolean all;

    /** Short JMH settings (minutes, not hours). */
    @Parameter(property = "torc-index.quick", defaultValue = "false")
    boolean quick;

    /** Skip the hot writes. */
    @Parameter(property = "torc-index.noWrites", defaultValue = "false")
    boolean noWrites;

    /** A read over this many milliseconds when first timed at a level is not given to JMH there. */
    @Parameter(property = "torc-index.capMs", defaultValue = "5000")
    long capMs;

    /**
     * At most this many reads go to JMH, those whose first timings differ most between levels (0: every read
     * whose plan and timings differ).
     */
    @Parameter(property = "torc-index.top", defaultValue = "0")
    int top;

    /** The options, as the CLI builds them from the same settings. */
    public DatabaseBenchOptions toOptions() {
        if (capMs < 1) {
            throw new IllegalArgumentException("capMs: must be 1 or more, not " + capMs);
        }
        return new DatabaseBenchOptions(databasePath(), path(out, "out"), path(cache, "cache"), workload(),
                levels == null || levels.isBlank() ? BenchLevel.OF_DATABASE
                        : list(levels).stream().map(BenchLevel::of).toList(),
                only == null ? List.of() : list(only), all, quick, !noWrites, Duration.ofMillis(capMs), top);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    protected void run() {
        DatabaseBenchOptions options = toOptions();
        TorcIndex.load().benchDatabase(options, new PrintStream(new LogStream(getLog()), true));
        getLog().info("torc-index bench: results in " + options.out() + " (" + options.database()
                + " only read, its SHA-256 unchanged); next: torc-index:report -Dtorc-index.in=" + options.out());
    }

    @Override
    protected String goal() {
        return "bench";
    }
}
