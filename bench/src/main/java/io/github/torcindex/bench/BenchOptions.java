package io.github.torcindex.bench;

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
 */
public record BenchOptions(Path out, Path cache, Matrix matrix, boolean quick) {

    /** Validates the components. */
    public BenchOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(matrix, "matrix");
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
