package io.github.torcindex.bench;

import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link BenchRunner#run} measures and where it writes.
 *
 * @param out the folder for JMH's JSON, plans, sizes and the environment
 * @param cache the folder where generated databases are cached between runs
 * @param matrix the sizes, levels and statements
 * @param quick short JMH settings (seconds per benchmark) instead of the default ones
 * @param shipped Torc versions whose generated database, as their own migrations build it, is benchmarked too
 */
public record BenchOptions(Path out, Path cache, Matrix matrix, boolean quick, Shipped shipped) {

    /** Validates the components. */
    public BenchOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(shipped, "shipped");
    }

    /** The seed matrix alone, without a Torc version as shipped. */
    public BenchOptions(Path out, Path cache, Matrix matrix, boolean quick) {
        this(out, cache, matrix, quick, Shipped.NONE);
    }

    /**
     * Torc as it ships, beside the seed matrix: at each of the matrix's sizes, a database generated into the
     * schema that Torc {@code version}'s migrations build is benchmarked as {@code bench --db} benchmarks a
     * user's (Torc's own statements of that version, its hot writes), into {@code out/}{@link #shippedFolder}.
     *
     * @param versions the Torc versions (not the seed baseline)
     * @param levels among {@link BenchLevel#OF_DATABASE}
     * @param top at most this many reads per run go to JMH: those whose first timings differ most between levels
     */
    public record Shipped(List<TorcSchemaVersion.Init> versions, List<BenchLevel> levels, int top) {

        /** No Torc version as shipped. */
        public static final Shipped NONE = new Shipped(List.of(), BenchLevel.OF_DATABASE, 0);

        /** Validates and copies the components. */
        public Shipped {
            versions = List.copyOf(versions);
            levels = List.copyOf(levels);
            if (versions.contains(TorcSchemaVersion.Init.SEED)) {
                throw new IllegalArgumentException("shipped: the seed baseline is the matrix's level 0, not a Torc "
                        + "version as shipped");
            }
            if (levels.isEmpty() || !BenchLevel.OF_DATABASE.containsAll(levels)) {
                throw new IllegalArgumentException("shipped levels: among " + BenchLevel.OF_DATABASE + ", not "
                        + levels);
            }
            if (top < 0) {
                throw new IllegalArgumentException("shipped top: 0 (no limit) or more, not " + top);
            }
        }
    }

    /** The folder, inside {@code out}, of the run on Torc {@code version} as shipped at {@code workflows}. */
    public static String shippedFolder(TorcSchemaVersion.Init version, int workflows) {
        return "shipped-" + version.name() + "-w" + workflows;
    }

    /**
     * The benchmark matrix.
     *
     * @param workflows the database sizes, in workflows
     * @param jobs jobs per workflow
     * @param seed the generator seed
     * @param levels the index levels
     * @param queries the catalog statements to time
     * @param writes whether to run the write benchmarks too (levels 0, 3 and advised)
     */
    public record Matrix(List<Integer> workflows, int jobs, long seed, List<BenchLevel> levels, List<String> queries,
            boolean writes) {

        /** Validates and copies the components. */
        public Matrix {
            workflows = List.copyOf(workflows);
            levels = List.copyOf(levels);
            queries = List.copyOf(queries);
            if (workflows.isEmpty() || workflows.stream().anyMatch(w -> w < 1)) {
                throw new IllegalArgumentException("workflows: need one or more sizes of at least 1, not " + workflows);
            }
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs: must be 1 or more, not " + jobs);
            }
            if (levels.isEmpty() || queries.isEmpty()) {
                throw new IllegalArgumentException("levels and queries: must not be empty");
            }
        }
    }
}
