package io.github.torcindex.indexer;

import static io.github.torcindex.indexer.TorcDatabases.execute;
import static io.github.torcindex.indexer.TorcDatabases.query;
import static io.github.torcindex.indexer.TorcDatabases.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.generator.WorkflowGenerator;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Torc upgrade rehearsed and then done: migrations written the way Torc writes them (one adds an index of its
 * own that torc-index already has, one rebuilds {@code workflow} with {@code DROP TABLE} and a
 * {@code PRAGMA foreign_keys=OFF} that is a no-op inside sqlx's transaction), on a v0.12.0 database with data.
 */
class UpgradeRehearsalIT {

    @TempDir
    Path dir;

    private final IndexMigrator migrator = new IndexMigrator();

    private Path torcWithDataAtLevel3() {
        Path db = dir.resolve("torc.db");
        TorcDatabase.create(db, TorcSchemaVersion.Init.V0_12_0).close();
        WorkflowGenerator.append(db, new GeneratorOptions(2, 300, 4), GenerationProgress.NONE);
        migrator.migrate(new MigrateOptions(db, 3, false, false, false, Duration.ofSeconds(5)));
        return db;
    }

    private Path migrations() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("migrations"));
        Files.writeString(folder.resolve("20270101000000_add_file_indexes.up.sql"),
                "CREATE INDEX idx_new_job_input_file_file_id ON job_input_file(file_id);\n");
        Files.writeString(folder.resolve("20270101000000_add_file_indexes.down.sql"),
                "DROP INDEX idx_new_job_input_file_file_id;\n");
        Files.writeString(folder.resolve("20270102000000_rebuild_workflow.up.sql"), """
                PRAGMA foreign_keys = OFF;
                CREATE TABLE workflow_new AS SELECT * FROM workflow;
                DROP TABLE workflow;
                ALTER TABLE workflow_new RENAME TO workflow;
                PRAGMA foreign_keys = ON;
                """);
        return folder;
    }

    @Test
    void rehearsalFindsTheMigrationThatLosesRowsAndTheDuplicatesAndChangesNothing() throws Exception {
        Path db = torcWithDataAtLevel3();
        Path migrations = migrations();
        String before = sha256(db);
        long jobs = Long.parseLong(query(db, "SELECT count(*) FROM job").get(0));

        UpgradeReport report = migrator.upgradeCheck(new UpgradeCheckOptions(db, migrations, Duration.ofSeconds(5)));

        assertThat(report.before()).isEqualTo("Torc v0.12.0");
        assertThat(report.after()).contains("20270102000000");
        assertThat(report.migrations()).hasSize(2);
        UpgradeReport.Migration index = report.migrations().get(0);
        assertThat(index.rowsLost()).isEmpty();
        assertThat(index.indexesCreated()).containsExactly("idx_new_job_input_file_file_id");
        UpgradeReport.Migration rebuild = report.migrations().get(1);
        assertThat(rebuild.failure()).isEmpty();
        assertThat(rebuild.rowsLost()).containsEntry("job", jobs).containsKeys("result", "event", "job_depends_on");
        assertThat(rebuild.indexesDropped()).contains("tix_workflow_user", "tix_workflow_user_is_archived");
        assertThat(report.duplicates()).singleElement().asString()
                .startsWith("tix_job_input_file_file_id duplicates Torc's new idx_new_job_input_file_file_id");
        assertThat(report.problems()).isTrue();
        assertThat(sha256(db)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("torc.db",
                    "migrations");
        }
    }

    @Test
    void afterTheRealUpgradeMigrateDropsTorcIndexsDuplicateAndRollbackKeepsTorcs() throws Exception {
        Path db = torcWithDataAtLevel3();
        execute(db, "CREATE INDEX idx_new_job_input_file_file_id ON job_input_file(file_id)",
                "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
                        + "VALUES (20270101000000, 'add file indexes', 1, x'00', 1)");

        StatusReport upgraded = migrator.status(db, Duration.ofSeconds(5));
        assertThat(upgraded.inState(IndexState.DUPLICATE_OF_TORC)).singleElement()
                .satisfies(s -> assertThat(s.standIn()).contains("idx_new_job_input_file_file_id"));

        MigrationReport again = migrator.migrate(new MigrateOptions(db, 3, false, false, false,
                Duration.ofSeconds(5)));

        assertThat(again.steps(PlannedStep.Action.DROP_DUPLICATE)).extracting(PlannedStep::changeSetId)
                .containsExactly("tix_job_input_file_file_id");
        assertThat(query(db, "SELECT count(*) FROM sqlite_master WHERE name = 'tix_job_input_file_file_id'"))
                .containsExactly("0");
        assertThat(again.status().inState(IndexState.DUPLICATE_OF_TORC)).isEmpty();
        assertThat(again.status().problems()).isEmpty();

        migrator.rollback(new RollbackOptions(db, 0, false, false, Duration.ofSeconds(5)));
        assertThat(query(db, "SELECT count(*) FROM sqlite_master WHERE name = 'idx_new_job_input_file_file_id'"))
                .containsExactly("1");
    }

    @Test
    void refusesAFolderWithoutMigrationsOrWithTwoOfOneVersion() throws Exception {
        Path db = torcWithDataAtLevel3();
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> migrator.upgradeCheck(new UpgradeCheckOptions(db, empty, Duration.ofSeconds(5))))
                .hasMessageContaining("No migrations in")
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.BAD_INPUT_FILE);
        Path twice = Files.createDirectory(dir.resolve("twice"));
        Files.writeString(twice.resolve("20270101000000_a.up.sql"), "SELECT 1;");
        Files.writeString(twice.resolve("20270101000000_b.up.sql"), "SELECT 2;");
        assertThatThrownBy(() -> migrator.upgradeCheck(new UpgradeCheckOptions(db, twice, Duration.ofSeconds(5))))
                .hasMessageContaining("have version 20270101000000");
        assertThatThrownBy(() -> migrator.upgradeCheck(new UpgradeCheckOptions(db, dir.resolve("nope"),
                Duration.ofSeconds(5)))).hasMessageContaining("No migrations folder");
    }
}
