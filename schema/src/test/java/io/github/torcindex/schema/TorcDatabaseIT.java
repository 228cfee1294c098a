package io.github.torcindex.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TorcDatabaseIT {

    @TempDir
    Path dir;

    @Test
    void createsBaselineWithAllTablesAndTheUnblockingIndexes() throws SQLException {
        Path file = dir.resolve("torc.db");
        try (TorcDatabase db = TorcDatabase.create(file)) {
            assertThat(db.tableNames()).containsAll(TorcDatabase.TABLES);
            assertThat(query(db.connection(), "PRAGMA journal_mode")).containsExactly("wal");
            assertThat(query(db.connection(), "PRAGMA foreign_keys")).containsExactly("1");
            assertThat(query(db.connection(),
                    "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
                    .containsExactlyInAnyOrder(
                            "idx_job_unblocking_pending: CREATE INDEX idx_job_unblocking_pending ON "
                                    + "job(workflow_id, status, unblocking_processed) WHERE status IN (6, 7, 8) "
                                    + "AND unblocking_processed = 0",
                            "idx_job_workflow_unblocking: CREATE INDEX idx_job_workflow_unblocking ON "
                                    + "job(workflow_id) WHERE status IN (6, 7, 8) AND unblocking_processed = 0");
            assertThat(query(db.connection(), "SELECT id FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"))
                    .hasSize(26)
                    .endsWith("20251123000000_add_unblocking_processed");
            assertThat(query(db.connection(), "PRAGMA integrity_check")).containsExactly("ok");
        }
    }

    @Test
    void baselineKeepsTorcsForeignKeyActions() throws SQLException {
        try (TorcDatabase db = TorcDatabase.create(dir.resolve("torc.db"))) {
            assertThat(query(db.connection(),
                    "SELECT \"table\" || '.' || \"from\" || ' ' || on_delete FROM pragma_foreign_key_list('job')"))
                    .contains("workflow.workflow_id CASCADE", "failure_handler.failure_handler_id SET NULL");
            assertThat(query(db.connection(),
                    "SELECT \"table\" || ' ' || on_delete FROM pragma_foreign_key_list('workflow')"))
                    .containsExactly("workflow_status NO ACTION");
            assertThat(query(db.connection(), "SELECT type FROM pragma_table_info('workflow_status') "
                    + "WHERE name = 'run_id'")).containsExactly("INTGEGER");
        }
    }

    @Test
    void openSetsForeignKeysAndBusyTimeout() throws SQLException {
        Path file = dir.resolve("torc.db");
        TorcDatabase.create(file).close();
        try (TorcDatabase db = TorcDatabase.open(file)) {
            assertThat(query(db.connection(), "PRAGMA foreign_keys")).containsExactly("1");
            assertThat(query(db.connection(), "PRAGMA busy_timeout")).containsExactly("30000");
            assertThat(db.sqliteVersion()).matches("3\\.\\d+\\.\\d+");
        }
    }

    @Test
    void refusesMissingDatabaseFileAndDoesNotCreateIt() {
        Path file = dir.resolve("nope.db");
        assertThatThrownBy(() -> TorcDatabase.open(file))
                .isInstanceOf(TorcIndexException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not exist")
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.DATABASE_MISSING);
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesDirectory() {
        assertRefused(dir, ErrorCode.NOT_A_FILE, "is a directory");
    }

    @Test
    void refusesEmptyFileAndLeavesItEmpty() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.db"));
        assertRefused(file, ErrorCode.EMPTY_FILE, "empty");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void refusesNonSqliteFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.db"), "name,value\njob,1\n");
        String before = sha256(file);
        assertRefused(file, ErrorCode.NOT_SQLITE, "not an SQLite file");
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void refusesSqliteDatabaseWithoutTorcTables() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)");
        }
        String before = sha256(file);
        assertRefused(file, ErrorCode.NOT_TORC, "not a Torc database");
        assertThatThrownBy(() -> TorcDatabase.open(file)).hasMessageContaining("[customer]");
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void namesTheMissingTablesOfAnIncompleteTorcDatabase() throws Exception {
        Path file = dir.resolve("torc.db");
        try (TorcDatabase db = TorcDatabase.create(file)) {
            db.execute("DROP TABLE remote_worker");
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        String before = sha256(file);
        assertRefused(file, ErrorCode.NOT_TORC, "missing table remote_worker");
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void namesTheMissingColumnsOfATorcDatabase() throws Exception {
        Path file = dir.resolve("torc.db");
        try (TorcDatabase db = TorcDatabase.create(file)) {
            db.execute("DROP INDEX idx_job_unblocking_pending");
            db.execute("DROP INDEX idx_job_workflow_unblocking");
            db.execute("ALTER TABLE job DROP COLUMN unblocking_processed");
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        String before = sha256(file);
        assertRefused(file, ErrorCode.NOT_TORC, "missing column job.unblocking_processed");
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void readsEveryBaselineColumnFromTheChangelog() {
        assertThat(BaselineColumns.all()).hasSize(25);
        assertThat(BaselineColumns.all().get("job")).contains("workflow_id", "status", "unblocking_processed",
                "cancel_on_blocking_job_failure").doesNotContain("primary");
        assertThat(BaselineColumns.all().get("job_depends_on")).containsExactly("job_id", "depends_on_job_id",
                "workflow_id");
        assertThat(BaselineColumns.all().get("workflow")).contains("user", "is_archived").hasSize(18);
    }

    @Test
    void refusesReadOnlyFileForWritingButReadsIt() throws IOException {
        Path file = dir.resolve("torc.db");
        TorcDatabase.create(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        String before = sha256(file);

        assertRefused(file, ErrorCode.READ_ONLY, "the file is read-only");
        try (TorcDatabase db = TorcDatabase.open(file, TorcDatabase.Access.READ_ONLY,
                TorcDatabase.DEFAULT_BUSY_TIMEOUT)) {
            assertThat(db.tableNames()).contains("job");
        }
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void refusesDatabaseInReadOnlyFolderForWriting() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path file = folder.resolve("torc.db");
        TorcDatabase.create(file).close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertRefused(file, ErrorCode.READ_ONLY, "folder");
            assertThatThrownBy(() -> TorcDatabase.create(folder.resolve("new.db")))
                    .hasMessageContaining("is not writable");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void refusesToCreateOverAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("keep.db"), "precious");
        assertThatThrownBy(() -> TorcDatabase.create(file))
                .hasMessageContaining("already exists")
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.ALREADY_EXISTS);
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void baselineRollsBackToAnEmptyDatabase() throws Exception {
        Path file = dir.resolve("torc.db");
        try (TorcDatabase db = TorcDatabase.create(file)) {
            ChangelogSession.run(() -> {
                new liquibase.command.CommandScope(liquibase.command.core.RollbackCountCommandStep.COMMAND_NAME)
                        .addArgumentValue(liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep
                                .DATABASE_ARG, ChangelogSession.liquibaseDatabase(db.connection()))
                        .addArgumentValue(liquibase.command.core.helpers.DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG,
                                TorcDatabase.BASELINE_CHANGELOG)
                        .addArgumentValue(liquibase.command.core.RollbackCountCommandStep.COUNT_ARG, 26)
                        .execute();
                return null;
            });
            db.connection().setAutoCommit(true);
            assertThat(db.tableNames()).containsExactlyInAnyOrder("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");
        }
    }

    private static void assertRefused(Path file, ErrorCode code, String message) {
        assertThatThrownBy(() -> TorcDatabase.open(file))
                .isInstanceOf(TorcIndexException.class)
                .hasMessageContaining(file.toAbsolutePath().normalize().toString())
                .hasMessageContaining(message)
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(code);
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

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
