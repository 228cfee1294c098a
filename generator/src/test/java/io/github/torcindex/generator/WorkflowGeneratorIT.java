package io.github.torcindex.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.ContentDigest;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class WorkflowGeneratorIT {

    private static final GeneratorOptions SMALL = new GeneratorOptions(6, 2_000, 7L);

    @TempDir
    Path dir;

    private Path generate(String name, GeneratorOptions options) {
        return WorkflowGenerator.create(dir.resolve(name), options, false, GenerationProgress.NONE).database();
    }

    private static Map<String, String> digest(Path db) {
        try (TorcDatabase open = TorcDatabase.open(db)) {
            return ContentDigest.of(open);
        }
    }

    @Test
    void sameSeedAndSizesGiveTheSameContentAnotherSeedDoesNot() {
        Map<String, String> first = digest(generate("a.db", SMALL));
        Map<String, String> second = digest(generate("b.db", SMALL));
        Map<String, String> other = digest(generate("c.db", new GeneratorOptions(6, 2_000, 8L)));

        assertThat(second).isEqualTo(first);
        assertThat(other.get("job")).isNotEqualTo(first.get("job"));
        assertThat(other.get("job_depends_on")).isNotEqualTo(first.get("job_depends_on"));
    }

    @Test
    void fillsEveryQueriedTableConsistently() throws SQLException {
        Path db = generate("torc.db", SMALL);
        try (TorcDatabase open = TorcDatabase.open(db)) {
            assertThat(open.queryColumn("PRAGMA foreign_key_check")).isEmpty();
            assertThat(open.queryColumn("PRAGMA integrity_check")).containsExactly("ok");
            assertThat(open.queryColumn("PRAGMA journal_mode")).containsExactly("wal");
            for (String table : List.of("workflow", "job", "result", "event", "compute_node", "job_depends_on",
                    "job_input_file", "job_output_file", "job_input_user_data", "job_output_user_data",
                    "resource_requirements", "file", "user_data", "workflow_result", "slurm_scheduler",
                    "local_scheduler", "scheduled_compute_node", "job_internal", "workflow_status")) {
                assertThat(count(open, "SELECT count(*) FROM " + table)).as(table).isPositive();
            }
            assertThat(count(open, "SELECT count(*) FROM job")).isEqualTo(12_000);
            double degree = count(open, "SELECT count(*) FROM job_depends_on") / 12_000.0;
            assertThat(degree).as("upstream dependencies per job").isBetween(1.5, 3.0);
            assertThat(count(open, "SELECT max(n) FROM (SELECT count(*) n FROM job_depends_on GROUP BY job_id)"))
                    .as("widest fan-in barrier").isGreaterThanOrEqualTo(50);
            assertThat(count(open, "SELECT count(*) FROM job_depends_on d JOIN job j ON j.id = d.job_id "
                    + "WHERE j.workflow_id <> d.workflow_id")).isZero();
            // A job's input file is a workflow input (produced by no job) or produced by one of its parents.
            assertThat(count(open, "SELECT count(*) FROM job_input_file i JOIN job_output_file o "
                    + "ON o.file_id = i.file_id WHERE NOT EXISTS (SELECT 1 FROM job_depends_on d "
                    + "WHERE d.job_id = i.job_id AND d.depends_on_job_id = o.job_id)")).isZero();
            assertThat(count(open, "SELECT count(*) FROM job_input_file i WHERE NOT EXISTS "
                    + "(SELECT 1 FROM job_output_file o WHERE o.file_id = i.file_id)")).isPositive();
            // workflow_result points at each job's latest run.
            assertThat(count(open, "SELECT count(*) FROM workflow_result wr JOIN result r ON r.id = wr.result_id "
                    + "WHERE r.run_id <> (SELECT max(run_id) FROM result WHERE job_id = wr.job_id)")).isZero();
            assertThat(count(open, "SELECT count(DISTINCT user) FROM workflow")).isGreaterThan(1);
            assertThat(open.queryColumn("SELECT DISTINCT status FROM job ORDER BY status"))
                    .contains("1", "2", "5");
        }
    }

    @Test
    void statusesAreConsistentWithTheDag() throws SQLException {
        Path db = generate("torc.db", new GeneratorOptions(12, 1_000, 3L));
        try (TorcDatabase open = TorcDatabase.open(db)) {
            // A ready, pending or running job has only completed parents; a blocked job has an unfinished one.
            assertThat(count(open, "SELECT count(*) FROM job j JOIN job_depends_on d ON d.job_id = j.id "
                    + "JOIN job p ON p.id = d.depends_on_job_id WHERE j.status IN (2, 3, 4) AND p.status <> 5"))
                    .isZero();
            assertThat(count(open, "SELECT count(*) FROM job j WHERE j.status = 1 AND NOT EXISTS (SELECT 1 FROM "
                    + "job_depends_on d JOIN job p ON p.id = d.depends_on_job_id WHERE d.job_id = j.id "
                    + "AND p.status <> 5)")).isZero();
            // Jobs that ran have results; jobs that never ran have none.
            assertThat(count(open, "SELECT count(*) FROM job WHERE status IN (0, 1, 2, 3) AND id IN "
                    + "(SELECT job_id FROM result)")).isZero();
            assertThat(count(open, "SELECT count(*) FROM job WHERE status = 5 AND id NOT IN "
                    + "(SELECT job_id FROM result)")).isZero();
        }
    }

    @Test
    void appendsToAnExistingDatabaseContinuingItsIds() throws SQLException {
        Path db = generate("torc.db", new GeneratorOptions(2, 500, 1L));
        GenerationReport more = WorkflowGenerator.append(db, new GeneratorOptions(3, 500, 2L), GenerationProgress.NONE);
        assertThat(more.rowsByTable()).containsEntry("job", 1_500L).containsEntry("workflow", 3L);
        try (TorcDatabase open = TorcDatabase.open(db)) {
            assertThat(count(open, "SELECT count(*) FROM job")).isEqualTo(2_500);
            assertThat(count(open, "SELECT count(*) FROM workflow")).isEqualTo(5);
            assertThat(open.queryColumn("PRAGMA foreign_key_check")).isEmpty();
        }
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path existing = Files.writeString(dir.resolve("keep.db"), "precious");
        assertThatThrownBy(() -> WorkflowGenerator.create(existing, SMALL, false, GenerationProgress.NONE))
                .hasMessageContaining("--force")
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.ALREADY_EXISTS);
        assertThat(Files.readString(existing)).isEqualTo("precious");

        WorkflowGenerator.create(existing, new GeneratorOptions(1, 100, 1L), true, GenerationProgress.NONE);
        try (TorcDatabase open = TorcDatabase.open(existing)) {
            assertThat(count(open, "SELECT count(*) FROM job")).isEqualTo(100);
        }
    }

    @Test
    void refusesWhatWouldNotFitOnTheDiskLeavingNothing() {
        Path out = dir.resolve("huge.db");
        assertThatThrownBy(() -> WorkflowGenerator.create(out, new GeneratorOptions(1_000_000, 10_000_000, 1L), false,
                GenerationProgress.NONE))
                .hasMessageContaining("would take about")
                .hasMessageContaining("free")
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.DISK_FULL);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void refusesAReadOnlyFolderLeavingNothing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> WorkflowGenerator.create(folder.resolve("x.db"), SMALL, false,
                    GenerationProgress.NONE))
                    .hasMessageContaining("not writable")
                    .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.READ_ONLY);
            assertThat(folder.toFile().list()).isEmpty();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "v0.12.0", "v0.25.1"})
    void fillsEveryTableTorcUsesInEachKnownSchemaConsistently(String version) throws Exception {
        Path db = dir.resolve(version + ".db");
        TorcDatabase.create(db, TorcSchemaVersion.Init.of(version)).close();

        GenerationReport first = WorkflowGenerator.append(db, new GeneratorOptions(3, 400, 5L),
                GenerationProgress.NONE);
        GenerationReport second = WorkflowGenerator.append(db, new GeneratorOptions(2, 400, 6L),
                GenerationProgress.NONE);

        assertThat(first.rowsByTable()).containsEntry("failure_handler", 3L).containsEntry("access_group", 4L)
                .containsEntry("workflow_access_group", 3L);
        // The second run puts its workflows in the groups the first created instead of creating them again.
        assertThat(second.rowsByTable()).containsEntry("access_group", 0L).containsEntry("user_group_membership", 0L)
                .containsEntry("workflow_access_group", 2L);
        try (TorcDatabase open = TorcDatabase.open(db)) {
            for (String table : List.of("workflow_action", "failure_handler", "access_group", "user_group_membership",
                    "workflow_access_group")) {
                assertThat(count(open, "SELECT count(*) FROM " + table)).as(table).isPositive();
            }
            assertThat(count(open, "SELECT count(DISTINCT workflow_id) FROM workflow_action")).isEqualTo(5);
            assertThat(count(open, "SELECT count(*) FROM workflow_action WHERE executed = 1 AND executed_at IS NULL"))
                    .isZero();
            assertThat(open.queryColumn("PRAGMA foreign_key_check")).isEmpty();
            if (version.equals("v0.25.1")) {
                for (String table : List.of("slurm_stats", "ro_crate_entity", "async_handle")) {
                    assertThat(count(open, "SELECT count(*) FROM " + table)).as(table).isPositive();
                }
            } else {
                assertThat(first.rowsByTable()).doesNotContainKeys("slurm_stats", "ro_crate_entity", "async_handle");
            }
        }
    }

    private static long count(TorcDatabase db, String sql) {
        return Long.parseLong(db.queryValue(sql));
    }

}
