package io.github.torcindex.analyzer;

import io.github.torcindex.indexer.ExistingIndex;
import io.github.torcindex.indexer.IndexDefinition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An empty in-memory copy of a database's schema with the database's planner statistics, as sqlite3's
 * {@code .expert} uses: indexes can be created and dropped there and statements re-planned, without touching
 * the user's file. With the same schema and statistics, SQLite plans as it would on the real database.
 */
final class ScratchSchema implements AutoCloseable {

    /** Work to run while computed statistics are in place. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final Map<String, Long> counts = new HashMap<>();

    private ScratchSchema(Connection connection) {
        this.connection = connection;
    }

    static ScratchSchema copyOf(Connection source) throws SQLException {
        Connection scratch = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement st = scratch.createStatement()) {
            List<String> tables = new ArrayList<>();
            List<String> indexes = new ArrayList<>();
            try (Statement read = source.createStatement(); ResultSet rs = read.executeQuery(
                    "SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                            + "AND type IN ('table', 'index') ORDER BY rowid")) {
                while (rs.next()) {
                    (rs.getString(1).equals("table") ? tables : indexes).add(rs.getString(2));
                }
            }
            for (String sql : tables) {
                st.execute(sql);
            }
            for (String sql : indexes) {
                st.execute(sql);
            }
            copyStatistics(source, scratch);
        } catch (SQLException e) {
            scratch.close();
            throw e;
        }
        return new ScratchSchema(scratch);
    }

    private static void copyStatistics(Connection source, Connection scratch) throws SQLException {
        if (!hasStat1(source)) {
            return;
        }
        try (Statement st = scratch.createStatement()) {
            st.execute("ANALYZE");
            st.execute("DELETE FROM sqlite_stat1");
        }
        try (Statement read = source.createStatement();
             ResultSet rs = read.executeQuery("SELECT tbl, idx, stat FROM sqlite_stat1");
             PreparedStatement insert = scratch.prepareStatement("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)")) {
            while (rs.next()) {
                insert.setString(1, rs.getString(1));
                insert.setString(2, rs.getString(2));
                insert.setString(3, rs.getString(3));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement st = scratch.createStatement()) {
            // Makes the planner load the statistics just written.
            st.execute("ANALYZE sqlite_master");
        }
    }

    Connection connection() {
        return connection;
    }

    /**
     * Runs {@code work} with the statistics that ANALYZE would write for every index on {@code tables} (those
     * of the scratch schema, candidates included), computed from the rows of {@code real}, then puts the
     * statistics back as they were. It answers "would the planner still choose this after ANALYZE?" without
     * writing to the user's file.
     */
    <T> T withComputedStatistics(Connection real, Set<String> tables, Work<T> work) throws SQLException {
        List<String[]> saved = new ArrayList<>();
        boolean hadStat1 = hasStat1(connection);
        if (hadStat1) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT tbl, idx, stat FROM sqlite_stat1")) {
                while (rs.next()) {
                    saved.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        } else {
            execute("ANALYZE");
            execute("DELETE FROM sqlite_stat1");
        }
        try {
            List<ExistingIndex> indexes = ExistingIndex.readAll(connection);
            for (String table : tables) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sqlite_stat1 WHERE tbl = ?")) {
                    delete.setString(1, table);
                    delete.executeUpdate();
                }
                for (ExistingIndex index : indexes) {
                    Optional<IndexDefinition> d = index.definition();
                    if (d.isPresent() && d.get().table().equalsIgnoreCase(table)) {
                        insertStat(table, index.name(), stat(real, d.get()));
                    }
                }
            }
            execute("ANALYZE sqlite_master");
            return work.run();
        } finally {
            execute("DELETE FROM sqlite_stat1");
            for (String[] row : saved) {
                insertStat(row[0], row[1], row[2]);
            }
            execute("ANALYZE sqlite_master");
        }
    }

    private void insertStat(String table, String index, String stat) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)")) {
            insert.setString(1, table);
            insert.setString(2, index);
            insert.setString(3, stat);
            insert.executeUpdate();
        }
    }

    /** What ANALYZE writes for an index: rows, then per column prefix the rows per distinct value, rounded up. */
    private String stat(Connection real, IndexDefinition d) throws SQLException {
        String where = d.predicate().map(p -> " WHERE " + p).orElse("");
        long rows = count(real, "SELECT count(*) FROM \"" + d.table() + "\"" + where);
        StringBuilder stat = new StringBuilder(String.valueOf(rows));
        for (int k = 1; k <= d.columns().size(); k++) {
            String prefix = String.join(", ", d.columns().subList(0, k));
            long distinct = count(real, "SELECT count(*) FROM (SELECT DISTINCT " + prefix + " FROM \"" + d.table()
                    + "\"" + where + ")");
            stat.append(' ').append(distinct == 0 ? 0 : (rows + distinct - 1) / distinct);
        }
        return stat.toString();
    }

    private long count(Connection real, String sql) throws SQLException {
        Long cached = counts.get(sql);
        if (cached != null) {
            return cached;
        }
        try (Statement st = real.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            long n = rs.getLong(1);
            counts.put(sql, n);
            return n;
        }
    }

    private static boolean hasStat1(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")) {
            return rs.next();
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
