package io.github.torcindex.indexer;

import static io.github.torcindex.indexer.TorcDatabases.execute;
import static io.github.torcindex.indexer.TorcDatabases.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The phases on Torc databases of several versions: recognised, never refused for being newer, never duplicated. */
class TorcVersionsIT {

    private static final String TORC_INDEXES = "SELECT name || ' ' || sql FROM sqlite_master WHERE type = 'index' "
            + "AND sql IS NOT NULL AND name NOT LIKE 'tix_%' ORDER BY name";

    @TempDir
    Path dir;

    private final IndexMigrator migrator = new IndexMigrator();

    private Path v0120() {
        Path db = dir.resolve("v0.12.0.db");
        TorcDatabase.create(db, TorcSchemaVersion.Init.V0_12_0).close();
        return db;
    }

    @Test
    void namesTheTorcVersionOfEachKnownSchema() throws Exception {
        Path seed = dir.resolve("seed.db");
        TorcDatabase.create(seed).close();
        Path v0120 = v0120();

        StatusReport seedStatus = migrator.status(seed, Duration.ofSeconds(5));
        StatusReport torcStatus = migrator.status(v0120, Duration.ofSeconds(5));

        assertThat(seedStatus.torcVersion().schema()).startsWith("seed baseline");
        assertThat(seedStatus.torcVersion().newestMigration()).isEmpty();
        assertThat(torcStatus.torcVersion().schema()).isEqualTo("Torc v0.12.0");
        assertThat(torcStatus.torcVersion().newestMigration()).contains(20260206000000L);
        assertThat(torcStatus.torcVersion().migrations()).isEqualTo(12);
        assertThat(torcStatus.torcVersion().warning()).isEmpty();
        // As Torc's own migrations leave it: Torc's 14 indexes, no Liquibase tables.
        assertThat(query(v0120, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'DATABASECHANGELOG%'"))
                .containsExactly("0");
        assertThat(query(v0120, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'idx_%'"))
                .containsExactly("16");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.12.0", "v0.25.1"})
    void onEachTorcVersionMigrateCreatesNoDuplicateOfTorcsIndexesAndRollbackKeepsEveryOne(String version)
            throws Exception {
        Path db = dir.resolve(version + ".db");
        TorcDatabase.create(db, TorcSchemaVersion.Init.of(version)).close();
        assertThat(migrator.status(db, Duration.ofSeconds(5)).torcVersion().schema()).isEqualTo("Torc " + version);
        List<String> torcIndexes = query(db, TORC_INDEXES);

        MigrationReport up = migrator.migrate(new MigrateOptions(db, 4, false, false, false, Duration.ofSeconds(5)));

        assertThat(up.levelAfter()).isEqualTo(4);
        assertThat(up.status().inState(IndexState.PRESENT_UNDER_OTHER_NAME)).extracting(s -> s.standIn().orElseThrow())
                .contains("idx_job_workflow_status", "idx_result_workflow_id", "idx_job_depends_on_depends_on_job_id");
        List<ExistingIndex> all;
        try (TorcDatabase open = TorcDatabase.open(db)) {
            all = ExistingIndex.readAll(open);
        }
        for (ExistingIndex ours : all.stream().filter(ExistingIndex::isOwnedByTorcIndex).toList()) {
            assertThat(all).filteredOn(e -> !e.isOwnedByTorcIndex())
                    .noneMatch(e -> e.definition().isPresent() && e.definition().equals(ours.definition()));
        }
        assertThat(query(db, TORC_INDEXES)).isEqualTo(torcIndexes);

        migrator.rollback(new RollbackOptions(db, 0, false, false, Duration.ofSeconds(5)));
        assertThat(query(db, TORC_INDEXES)).isEqualTo(torcIndexes);
        assertThat(query(db, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'tix_%'")).containsExactly("0");
        assertThat(query(db, "PRAGMA foreign_key_check")).isEmpty();
    }

    @Test
    void aNewerTorcWithoutWorkflowStatusIsWorkedWithAsItIsAndPhaseFourSkipsTheMissingTable() throws Exception {
        Path db = v0120();
        // What Torc's 20260423000000_merge_workflow_status_into_workflow leaves, in the respects that matter here:
        // workflow_status gone, a newer migration recorded.
        execute(db, "PRAGMA foreign_keys = OFF", "DROP TABLE workflow_status",
                "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
                        + "VALUES (20260423000000, 'merge workflow status into workflow', 1, x'00', 1)");

        StatusReport status = migrator.status(db, Duration.ofSeconds(5));
        assertThat(status.torcVersion().newerThanKnown()).isTrue();
        assertThat(status.torcVersion().warning()).get().asString().contains("newer than every schema");

        MigrationReport up = migrator.migrate(new MigrateOptions(db, 4, false, false, false, Duration.ofSeconds(5)));
        assertThat(up.levelAfter()).isEqualTo(4);
        assertThat(up.steps(PlannedStep.Action.SKIP_NOT_APPLICABLE)).extracting(PlannedStep::changeSetId)
                .containsExactly("phase-4-analyze-workflow_status");
        assertThat(migrator.status(db, Duration.ofSeconds(5)).problems()).isEmpty();
    }

    @Test
    void anIndexWhoseColumnTheSchemaLacksIsNotApplicableAndLeftOut() throws Exception {
        Path db = v0120();
        execute(db, "ALTER TABLE workflow DROP COLUMN is_archived",
                "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
                        + "VALUES (20261007000002, 'add job label index', 1, x'00', 1)");

        StatusReport status = migrator.status(db, Duration.ofSeconds(5));
        assertThat(status.inState(IndexState.NOT_APPLICABLE)).singleElement().satisfies(s -> {
            assertThat(s.index().name()).isEqualTo("tix_workflow_user_is_archived");
            assertThat(s.note()).contains("table workflow has no column is_archived");
        });
        assertThat(status.torcVersion().schema()).contains("newest public Torc migrations");

        MigrationReport up = migrator.migrate(new MigrateOptions(db, 3, false, false, false, Duration.ofSeconds(5)));
        assertThat(up.levelAfter()).isEqualTo(3);
        assertThat(query(db, "SELECT count(*) FROM sqlite_master WHERE name = 'tix_workflow_user_is_archived'"))
                .containsExactly("0");
    }

    @Test
    void whatHasNoTorcTablesIsStillRefused() throws Exception {
        Path other = dir.resolve("other.db");
        execute(other, "CREATE TABLE invoice (id INTEGER PRIMARY KEY)",
                "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY)");
        assertThatThrownBy(() -> migrator.status(other, Duration.ofSeconds(5)))
                .hasMessageContaining("not a Torc database")
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.NOT_TORC);
    }
}
