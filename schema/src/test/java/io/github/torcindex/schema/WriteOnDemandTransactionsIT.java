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
            try (Statement st = server.createStatement()) {
                st.execute("INSERT INTO server VALUES (1)");
            }
            // With a plain deferred transaction this write fails at once: SQLITE_BUSY (the snapshot is stale).
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO t VALUES (1)");
            }
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
            try (Statement st = server.createStatement()) {
                st.execute("INSERT INTO server VALUES (1)");
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO t VALUES (1)");
                throw new AssertionError("expected SQLITE_BUSY: the read snapshot is stale");
            } catch (SQLException e) {
                assertThat(e.getMessage()).contains("SQLITE_BUSY");
            }
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
            try (Statement st = server.createStatement()) {
                st.execute("PRAGMA busy_timeout = 0");
                st.execute("INSERT INTO server VALUES (1)");
                throw new AssertionError("expected SQLITE_BUSY while the view holds the write lock");
            } catch (SQLException e) {
                assertThat(e.getMessage()).contains("SQLITE_BUSY");
            }
            c.commit();
            try (Statement st = server.createStatement()) {
                st.execute("INSERT INTO server VALUES (1)");
            }
            assertThat(log.longest()).hasValueSatisfying(h -> assertThat(h.heavyStatements()).isZero());
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
