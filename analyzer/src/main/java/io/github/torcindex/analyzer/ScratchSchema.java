package io.github.torcindex.analyzer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An empty in-memory copy of a database's schema with the database's planner statistics, as sqlite3's
 * {@code .expert} uses: indexes can be created and dropped there and statements re-planned, without touching
 * the user's file. With the same schema and statistics, SQLite plans as it would on the real database.
 */
final class ScratchSchema implements AutoCloseable {

    private final Connection connection;

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
        boolean hasStat1;
        try (Statement read = source.createStatement(); ResultSet rs = read.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")) {
            hasStat1 = rs.next();
        }
        if (!hasStat1) {
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
