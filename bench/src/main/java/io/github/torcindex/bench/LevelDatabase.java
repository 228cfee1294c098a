package io.github.torcindex.bench;

import io.github.torcindex.generator.GeneratorOptions;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The JMH parameters that pick a benchmark database: its size, seed, cache and index level. */
@State(Scope.Benchmark)
public abstract class LevelDatabase {
    /** The index level: 0-4 or advised. */
    @Param("0")
    public String level;
    /** Workflows in the database. */
    @Param("20")
    public int workflows;
    /** Jobs per workflow. */
    @Param("10000")
    public int jobs;
    /** Generator seed. */
    @Param("42")
    public long seed;
    /** Where the databases are cached. */
    @Param("target/bench-cache")
    public String cache;

    /** The cached database at this level, as the benchmark run prepared it (prepared here if missing). */
    Path database() {
        return BenchDatabases.prepared(Path.of(cache), new GeneratorOptions(workflows, jobs, seed),
                BenchLevel.of(level));
    }
}
