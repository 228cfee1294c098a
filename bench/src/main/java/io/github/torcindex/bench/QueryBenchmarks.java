package io.github.torcindex.bench;

import io.github.torcindex.analyzer.CatalogStatement;
import io.github.torcindex.analyzer.QueryCatalog;
import io.github.torcindex.analyzer.SqlParameters;
import io.github.torcindex.schema.TorcDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * One benchmark per read statement of the built-in catalog ({@code query}), per index level and database size:
 * the time to execute it and fetch every row and column, with bind values rotating over 64 anchor jobs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QueryBenchmarks {

    /** The database at one level, and the prepared statement. */
    @State(Scope.Benchmark)
    public static class Query extends LevelDatabase {
        /** The statement's name in the built-in catalog. */
        @Param("list_jobs")
        public String query;

        private TorcDatabase db;
        private PreparedStatement statement;
        private List<String> parameters;
        private BindSets binds;
        private int invocation;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            db = TorcDatabase.open(database(), TorcDatabase.Access.READ_ONLY, TorcDatabase.DEFAULT_BUSY_TIMEOUT);
            CatalogStatement s = QueryCatalog.builtIn().byName(query)
                    .orElseThrow(() -> new IllegalArgumentException("no statement " + query + " in the catalog"));
            // The same reading of parameters as the analyzer's: every style, each use bound by its name.
            Map.Entry<String, List<String>> jdbc = SqlParameters.positional(s.sql());
            parameters = new ArrayList<>(jdbc.getValue());
            statement = db.connection().prepareStatement(jdbc.getKey());
            binds = BindSets.sample(db.connection());
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            statement.close();
            db.close();
        }
    }

    /** Executes the statement with the next bind values and reads every column of every row. */
    @Benchmark
    public long query(Query q, Blackhole hole) throws SQLException {
        int i = q.invocation++;
        for (int p = 0; p < q.parameters.size(); p++) {
            q.statement.setObject(p + 1, q.binds.value(i, q.parameters.get(p)));
        }
        return readAll(q.statement, hole);
    }

    /** Executes a prepared query and hands every column of every row to {@code hole}; the rows read. */
    static long readAll(PreparedStatement statement, Blackhole hole) throws SQLException {
        long rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    hole.consume(rs.getObject(c));
                }
                rows++;
            }
        }
        return rows;
    }
}
