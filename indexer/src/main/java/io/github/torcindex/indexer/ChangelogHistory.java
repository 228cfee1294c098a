package io.github.torcindex.indexer;

import io.github.torcindex.schema.TorcDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Liquibase has recorded in a database: its DATABASECHANGELOG rows for the index changelogs and the state
 * of DATABASECHANGELOGLOCK. Read with plain SQL, never through Liquibase's lock service, whose list and wait
 * paths fail on SQLite when a stale lock row is present.
 */
final class ChangelogHistory {

    static final String CHANGELOG_TABLE = "DATABASECHANGELOG";
    static final String LOCK_TABLE = "DATABASECHANGELOGLOCK";

    /** One DATABASECHANGELOG row. */
    record Row(String id, String author, String filename, String execType, int orderExecuted) {
    }

    /** A held changelog lock. */
    record Lock(String lockedBy, String granted) {
    }

    private final Map<String, Row> rowsById;
    private final Optional<Lock> lock;

    private ChangelogHistory(Map<String, Row> rowsById, Optional<Lock> lock) {
        this.rowsById = rowsById;
        this.lock = lock;
    }

    static ChangelogHistory read(TorcDatabase database) {
        try {
            Connection c = database.connection();
            Map<String, Row> rows = new LinkedHashMap<>();
            if (tableExists(c, CHANGELOG_TABLE)) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT ID, AUTHOR, FILENAME, EXECTYPE, ORDEREXECUTED FROM " + CHANGELOG_TABLE
                                + " WHERE AUTHOR = 'torc-index' ORDER BY ORDEREXECUTED")) {
                    while (rs.next()) {
                        rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getInt(5)));
                    }
                }
            }
            Optional<Lock> lock = Optional.empty();
            if (tableExists(c, LOCK_TABLE)) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT LOCKEDBY, LOCKGRANTED FROM " + LOCK_TABLE
                                + " WHERE LOCKED IN (1, 'true', 'TRUE', 't')")) {
                    if (rs.next()) {
                        lock = Optional.of(new Lock(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            return new ChangelogHistory(rows, lock);
        } catch (SQLException e) {
            throw database.failure("read the Liquibase history (" + CHANGELOG_TABLE + ") of", e);
        }
    }

    /** Whether Liquibase has written its history table into the database (false for a database never migrated). */
    static boolean hasHistory(TorcDatabase database) {
        try {
            return tableExists(database.connection(), CHANGELOG_TABLE);
        } catch (SQLException e) {
            throw database.failure("look for the Liquibase history (" + CHANGELOG_TABLE + ") in", e);
        }
    }

    Optional<Row> row(String changeSetId) {
        return Optional.ofNullable(rowsById.get(changeSetId));
    }

    boolean isRecorded(String changeSetId) {
        return rowsById.containsKey(changeSetId);
    }

    boolean isMarkedRan(String changeSetId) {
        return row(changeSetId).filter(r -> "MARK_RAN".equals(r.execType())).isPresent();
    }

    /** The rows recorded after the tag changeset {@code tagId}, newest first: what a rollback to it undoes. */
    java.util.List<Row> rowsAfter(String tagId) {
        int order = row(tagId).map(Row::orderExecuted).orElse(Integer.MAX_VALUE);
        return rowsById.values().stream().filter(r -> r.orderExecuted() > order)
                .sorted(java.util.Comparator.comparingInt(Row::orderExecuted).reversed()).toList();
    }

    Optional<Lock> lock() {
        return lock;
    }

    /**
     * Releases the changelog lock if {@code held} still holds it (compared by LOCKEDBY, so a lock taken by
     * someone else meanwhile is left alone).
     *
     * @return whether it was released
     */
    static boolean release(TorcDatabase database, Lock held) throws SQLException {
        try (PreparedStatement ps = database.connection().prepareStatement("UPDATE " + LOCK_TABLE
                + " SET LOCKED = 0, LOCKGRANTED = NULL, LOCKEDBY = NULL WHERE ID = 1 AND LOCKEDBY IS ?")) {
            ps.setString(1, held.lockedBy());
            return ps.executeUpdate() == 1;
        }
    }

    /** The highest level N whose tag changeset {@code level-N} is recorded, or 0. */
    int level(int maxLevel) {
        for (int n = maxLevel; n >= 1; n--) {
            if (isRecorded("level-" + n)) {
                return n;
            }
        }
        return 0;
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
            return rs.next();
        }
    }
}
