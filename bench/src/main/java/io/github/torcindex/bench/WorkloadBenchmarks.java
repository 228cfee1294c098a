package io.github.torcindex.bench;

import io.github.torcindex.analyzer.BoundStatement;
import io.github.torcindex.analyzer.CatalogStatement;
import io.github.torcindex.analyzer.Workload;
import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code bench --db}: a workload's statements on the copies of a user's database, one benchmark per statement
 * (its index among the workload's distinct statements) and level. Reads execute and fetch every row and
 * column; writes run in a transaction that is rolled back, so the copy never drifts and what is timed is the
 * statement with its index maintenance (the commit, the same at every level, is left out). Values are sampled
 * once on the shipped copy, as verify, advise and compare sample them.
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WorkloadBenchmarks {

    /** One statement on one level's copy. */
    @State(Scope.Benchmark)
    public static class Statement {
        /** The JSON file of the copies, level to path. */
        @Param("")
        public String copies;
        /** The shipped copy, where values are sampled. */
        @Param("")
        public String shipped;
        /** The level's name, for the results. */
        @Param("shipped")
        public String level;
        /** The workload, as {@link Workload#asText}. */
        @Param("built-in")
        public String workload;
        /** The statement's index among the workload's distinct statements. */
        @Param("0")
        public int statement;

        TorcDatabase db;
        PreparedStatement prepared;

        @Setup(Level.Trial)
        public void open() throws SQLException, java.io.IOException {
            BoundStatement bound;
            try (TorcDatabase sample = TorcDatabase.open(Path.of(shipped), TorcDatabase.Access.READ_ONLY,
                    TorcDatabase.DEFAULT_BUSY_TIMEOUT)) {
                List<CatalogStatement> all = Workload.parse(workload).statements(sample.torcVersion()).distinct();
                bound = BoundStatement.sample(sample.connection(), all.get(statement));
                boolean write = BoundStatement.isWrite(all.get(statement));
                String copy = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(copies).toFile())
                        .path(level).asText();
                db = TorcDatabase.open(Path.of(copy), write ? TorcDatabase.Access.READ_WRITE
                        : TorcDatabase.Access.READ_ONLY, TorcDatabase.DEFAULT_BUSY_TIMEOUT);
                if (write) {
                    db.connection().setAutoCommit(false);
                }
            }
            prepared = bound.prepare(db.connection());
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            prepared.close();
            Connection c = db.connection();
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            db.close();
        }
    }

    /** A read: executes the statement and reads every column of every row. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long read(Statement s, Blackhole hole) throws SQLException {
        return QueryBenchmarks.readAll(s.prepared, hole);
    }

    /** A write, in a transaction rolled back after it: the statement and its index maintenance. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int write(Statement s) throws SQLException {
        try {
            return s.prepared.executeUpdate();
        } finally {
            s.db.connection().rollback();
        }
    }
}
