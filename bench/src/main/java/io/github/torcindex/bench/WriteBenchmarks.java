package io.github.torcindex.bench;

import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GenerationReport;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.generator.WorkflowGenerator;
import io.github.torcindex.schema.TorcDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The writes that indexes make slower, on a private copy of the level's database: inserting a whole
 * 10,000-job workflow (generator, one transaction), and the status updates of a running workflow (one
 * autocommitted UPDATE each, as Torc's server does).
 */
@Fork(1)
public class WriteBenchmarks {

    /** A private, writable copy of the database at one level. */
    @State(Scope.Benchmark)
    public static class Copy extends LevelDatabase {

        Path file;
        TorcDatabase db;
        PreparedStatement update;
        long maxJob;
        int invocation;
        int added;

        @Setup(Level.Trial)
        public void copy() throws IOException, SQLException {
            Path source = database();
            file = Files.createTempFile("torc-index-write-", ".db");
            Files.copy(source, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            db = TorcDatabase.open(file);
            update = db.connection().prepareStatement("UPDATE job SET status = ? WHERE id = ?");
            try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT max(id) FROM job")) {
                maxJob = rs.getLong(1);
            }
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException, SQLException {
            update.close();
            db.close();
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
    }

    /** One job's status update, autocommitted: the server's hottest write. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public int updateJobStatus(Copy c) throws SQLException {
        int i = c.invocation++;
        c.update.setInt(1, 2 + (i & 3));
        c.update.setLong(2, 1 + (i * 2_654_435_761L) % c.maxJob);
        return c.update.executeUpdate();
    }

    /** Inserting one whole workflow of {@code jobs} jobs, with all its rows, in one transaction. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public long insertWorkflow(Copy c) {
        GeneratorOptions one = new GeneratorOptions(1, c.jobs, c.seed + 1_000 + c.added++);
        c.db.close();
        GenerationReport report = WorkflowGenerator.append(c.file, one, GenerationProgress.NONE);
        c.db = TorcDatabase.open(c.file);
        try {
            c.update = c.db.connection().prepareStatement("UPDATE job SET status = ? WHERE id = ?");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return report.totalRows();
    }
}
