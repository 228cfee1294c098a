package io.github.torcindex.indexer;

import io.github.torcindex.schema.TorcDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Real SQLite databases for tests: a new baseline, and one shaped the way a Torc server leaves its own. */
final class TorcDatabases {

    /** The indexes a current Torc release creates under its own names (shared/reference/torc-schema.md). */
    static final List<String> TORC_OWN_INDEXES = List.of(
            "CREATE INDEX idx_job_status ON job(status)",
            "CREATE INDEX idx_job_workflow_status ON job(workflow_id, status)",
            "CREATE INDEX idx_job_depends_on_depends_on_job_id ON job_depends_on(depends_on_job_id)",
            "CREATE INDEX idx_job_depends_on_workflow_depends_on ON job_depends_on(workflow_id, depends_on_job_id)",
            "CREATE INDEX idx_result_workflow_id ON result(workflow_id)",
            "CREATE INDEX idx_result_job_id ON result(job_id)",
            "CREATE INDEX idx_event_workflow_timestamp ON event(workflow_id, timestamp)");

    private TorcDatabases() {
    }

    static Path baseline(Path dir) {
        Path file = dir.resolve("torc.db");
        TorcDatabase.create(file).close();
        return file;
    }

    /** A database as Torc's server builds it: its own indexes, an _sqlx_migrations table, no Liquibase tables. */
    static Path likeTorcServer(Path dir) throws SQLException {
        Path file = baseline(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : TORC_OWN_INDEXES) {
                st.execute(sql);
            }
            st.execute("CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, "
                    + "installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL, "
                    + "checksum BLOB NOT NULL, execution_time BIGINT NOT NULL)");
            st.execute("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
                    + "VALUES (20251123000000, 'add unblocking processed', 1, x'00', 1)");
            st.execute("DROP TABLE DATABASECHANGELOG");
            st.execute("DROP TABLE DATABASECHANGELOGLOCK");
        }
        return file;
    }

    /** Writes a changelog holding {@code changeSets} to {@code dir/name}, with {@code name} as logical path. */
    static Path changelog(Path dir, String name, String changeSets) throws IOException {
        return Files.writeString(dir.resolve(name), """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd"
                    logicalFilePath="%s">
                %s</databaseChangeLog>
                """.formatted(name, changeSets));
    }

    static List<String> query(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return query(c, sql);
        }
    }

    static List<String> query(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    static void execute(Path file, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** Every index as "name: table(columns) [WHERE ...]", for comparing schemas. */
    static List<String> indexes(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return ExistingIndex.readAll(c).stream()
                    .filter(i -> !i.name().startsWith("sqlite_autoindex_"))
                    .map(i -> i.name() + ": " + i.definition().map(Object::toString).orElse("?"))
                    .sorted().toList();
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
