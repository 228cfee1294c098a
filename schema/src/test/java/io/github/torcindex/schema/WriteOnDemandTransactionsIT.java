package io.github.torcindex.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection view Liquibase gets, against a second connection on a real WAL database (a Torc server). */
class WriteOnDemandTransactionsIT {

    @TempDir
    Path dir;

    private String url;

    @BeforeEach
    void walDatabase() throws SQLException {
        url = "jdbc:sqlite:" + dir.resolve("t.db");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("CREATE TABLE t (a INTEGER)");
            st.execute("CREATE TABLE server (a INTEGER)");
        }
    }

    @Test
    void aReadThenAWriteInOneTransactionSurvivesACommitOfTheServerInBetween() throws SQLException {
        try (Connection raw = DriverManager.getConnection(url); Connection server = server()) {
            WriteLockLog log = new WriteLockLog();
            Connection c = ChangelogSession.writeOnDemand(raw, log);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                assertThat(rs.getLong(1)).isZero();
            }
            execute(server, "INSERT INTO server VALUES (1)");
            // With a plain deferred transaction this write fails at once: SQLITE_BUSY (the snapshot is stale).
            execute(c, "INSERT INTO t VALUES (1)");
            c.commit();
            assertThat(log.holds()).singleElement()
                    .satisfies(h -> assertThat(h.statements()).containsExactly("INSERT INTO t VALUES (1)"));
        }
    }

    @Test
    void aPlainDeferredTransactionFailsThere() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Connection server = server()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
            }
            execute(server, "INSERT INTO server VALUES (1)");
            assertBusy(c, "INSERT INTO t VALUES (1)"); // the read snapshot is stale
        }
    }

    @Test
    void readingTransactionsLeaveTheServerFreeToWrite() throws SQLException {
        try (Connection raw = DriverManager.getConnection(url); Connection server = server()) {
            WriteLockLog log = new WriteLockLog();
            Connection c = ChangelogSession.writeOnDemand(raw, log);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
            }
            // The transaction is still open: the server must not have to wait for it.
            try (Statement st = server.createStatement()) {
                st.execute("PRAGMA busy_timeout = 0");
                st.execute("INSERT INTO server VALUES (1)");
            }
            c.commit();
            assertThat(log.holds()).isEmpty();
        }
    }

    @Test
    void aWriteTransactionHoldsTheLockUntilItEnds() throws SQLException {
        try (Connection raw = DriverManager.getConnection(url); Connection server = server()) {
            WriteLockLog log = new WriteLockLog();
            Connection c = ChangelogSession.writeOnDemand(raw, log);
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                ps.setInt(1, 1);
                ps.executeUpdate();
            }
            execute(server, "PRAGMA busy_timeout = 0");
            assertBusy(server, "INSERT INTO server VALUES (1)");
            c.commit();
            execute(server, "INSERT INTO server VALUES (1)");
            assertThat(log.longest()).hasValueSatisfying(h -> assertThat(h.heavyStatements()).isZero());
        }
    }

    @Test
    void aWriteThatTimesOutLeavesATransactionToRollBack() throws SQLException {
        try (Connection raw = DriverManager.getConnection(url); Connection server = server()) {
            Connection c = ChangelogSession.writeOnDemand(raw, new WriteLockLog());
            execute(raw, "PRAGMA busy_timeout = 100");
            c.setAutoCommit(false);
            execute(server, "BEGIN IMMEDIATE");
            assertBusy(c, "INSERT INTO t VALUES (1)");
            // Liquibase rolls back after a failure (and then releases its lock): that must work.
            c.rollback();
            execute(server, "COMMIT");
            execute(c, "INSERT INTO t VALUES (2)");
            c.commit();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void assertBusy(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            throw new AssertionError("expected SQLITE_BUSY from " + sql);
        } catch (SQLException e) {
            assertThat(e.getMessage()).contains("SQLITE_BUSY");
        }
    }

    private Connection server() throws SQLException {
        Connection server = DriverManager.getConnection(url);
        try (Statement st = server.createStatement()) {
            st.execute("PRAGMA busy_timeout = 2000");
        }
        return server;
    }
}
