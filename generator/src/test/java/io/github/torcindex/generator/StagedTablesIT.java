package io.github.torcindex.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.ContentDigest;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new database ({@code generate --out}) has its job and result rows inserted into a staging file on a thread
 * of their own and copied in at the end ({@link StagedTables}); adding to a database ({@code --db}) inserts every
 * row directly. Both must give the same database.
 */
class StagedTablesIT {

    private static final GeneratorOptions OPTIONS = new GeneratorOptions(3, 1_500, 11L);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"seed", "v0.12.0", "v0.25.1"})
    void aNewDatabaseHoldsRowForRowWhatDirectInsertsWrite(String version) {
        TorcSchemaVersion.Init schema = TorcSchemaVersion.Init.of(version);
        Path staged = WorkflowGenerator.create(dir.resolve("staged.db"), schema, OPTIONS, false,
                GenerationProgress.NONE).database();
        Path direct = dir.resolve("direct.db");
        TorcDatabase.create(direct, schema).close();
        WorkflowGenerator.append(direct, OPTIONS, GenerationProgress.NONE);

        try (TorcDatabase a = TorcDatabase.open(staged); TorcDatabase b = TorcDatabase.open(direct)) {
            assertThat(ContentDigest.of(a)).isEqualTo(ContentDigest.of(b));
            assertThat(count(a, "SELECT count(*) FROM job")).isEqualTo(4_500);
            // Every index of the staged tables holds its entries: integrity_check compares them with the rows.
            assertThat(a.queryColumn("PRAGMA integrity_check")).containsExactly("ok");
            assertThat(a.queryColumn("PRAGMA foreign_key_check")).isEmpty();
            String indexes = "SELECT name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY 1";
            assertThat(a.queryColumn(indexes)).isEqualTo(b.queryColumn(indexes));
            // Torc's partial index on job has the rows its predicate selects, as if they had been inserted there.
            if (version.equals("seed")) {
                String partial = "SELECT count(*) FROM job INDEXED BY idx_job_unblocking_pending WHERE workflow_id > 0 "
                        + "AND status IN (6, 7, 8) AND unblocking_processed = 0";
                assertThat(count(a, partial)).isEqualTo(count(b, partial));
            }
        }
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("staged.db", "direct.db");
    }

    @Test
    void stagingTurnedOffGivesTheSameDatabase() {
        Path staged = WorkflowGenerator.create(dir.resolve("staged.db"), OPTIONS, false, GenerationProgress.NONE)
                .database();
        System.setProperty(WorkflowGenerator.STAGE_TABLES_PROPERTY, "false");
        Path direct;
        try {
            direct = WorkflowGenerator.create(dir.resolve("direct.db"), OPTIONS, false, GenerationProgress.NONE)
                    .database();
        } finally {
            System.clearProperty(WorkflowGenerator.STAGE_TABLES_PROPERTY);
        }
        try (TorcDatabase a = TorcDatabase.open(staged); TorcDatabase b = TorcDatabase.open(direct)) {
            assertThat(ContentDigest.of(a)).isEqualTo(ContentDigest.of(b));
        }
    }

    @Test
    void aStagingFileLeftByAnEarlierRunIsReplacedAndNothingIsLeft() throws Exception {
        Files.writeString(dir.resolve("x.db.partial.staging"), "left by a killed run");
        WorkflowGenerator.create(dir.resolve("x.db"), OPTIONS, false, GenerationProgress.NONE);
        assertThat(dir.toFile().list()).containsExactly("x.db");
    }

    @Test
    void aStagingFileThatCannotBeWrittenFailsTheRunAndLeavesNoDatabase() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("x.db.partial.staging"));
        Files.writeString(folder.resolve("someone's.txt"), "keep");
        assertThatThrownBy(() -> WorkflowGenerator.create(dir.resolve("x.db"), OPTIONS, false,
                GenerationProgress.NONE))
                .isInstanceOf(TorcIndexException.class)
                .hasMessageContaining("x.db.partial");
        assertThat(dir.toFile().list()).containsExactly("x.db.partial.staging");
        assertThat(Files.readString(folder.resolve("someone's.txt"))).isEqualTo("keep");
    }

    private static long count(TorcDatabase db, String sql) {
        return Long.parseLong(db.queryValue(sql));
    }

}
