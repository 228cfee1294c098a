package io.github.torcindex.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.generator.WorkflowGenerator;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The advisor on a database as Torc v0.12.0's migrations build it, with Torc's own statements (the built-in
 * catalog of that version): it repairs list_results, prices writes, keeps to budgets, and proves by measurement.
 */
class AdviceOnTorcSchemaIT {

    @TempDir
    static Path dir;

    private static Path db;
    private static AdviceReport advice;

    @BeforeAll
    static void generate() {
        db = WorkflowGenerator.create(dir.resolve("torc-v0.12.0.db"), TorcSchemaVersion.Init.V0_12_0,
                new GeneratorOptions(3, 3_000, 5L), false, GenerationProgress.NONE).database();
        advice = new IndexAdvisor().advise(new AdviseOptions(db, Workload.BUILT_IN, 1_000, Duration.ofSeconds(5)));
    }

    @Test
    void repairsListResultsWithAnalyzeAndAnIndexOnTheJoinColumn() {
        assertThat(advice.catalog()).isEqualTo("built-in catalog of Torc v0.12.0's statements");
        assertThat(advice.repairs()).singleElement().satisfies(r -> {
            assertThat(r.tables()).contains("result", "workflow_result");
            assertThat(r.changes()).anySatisfy(c -> {
                assertThat(c.statement()).isEqualTo("src/server/api/results.rs:list_results[not show_all_results]");
                assertThat(c.before()).contains("SEARCH r USING INDEX idx_result_workflow_id", "SCAN wr");
                assertThat(c.rowsAfter() * 10).isLessThan(c.rowsBefore());
            });
        });
        assertThat(advice.additions()).extracting(a -> a.definition().toString()).contains("workflow_result(result_id)");
        assertThat(advice.additions()).allSatisfy(a -> {
            assertThat(a.price().readSaving()).isGreaterThan(a.price().writeCost());
            assertThat(a.price().bytes()).isPositive();
        });
        assertThat(advice.analyze()).contains("result", "workflow_result", "job");
        assertThat(AdviceChangelog.xml(advice)).contains("ANALYZE \"workflow_result\"");
    }

    @Test
    void indexesTheForeignKeysThatFrequentDeletesLookUp(@TempDir Path files) throws Exception {
        // Torc's delete_workflow, run often: each deleted workflow deletes its files, and each deleted file makes
        // SQLite look up job_input_file by file_id (no index in v0.12.0: a scan per file). The plan of the DELETE
        // shows none of it; the advisor plans the lookups and prices them by the rows deleted.
        Path workload = Files.writeString(files.resolve("deletes.sql"), """
                -- name: delete_workflow
                -- weight: 50
                DELETE FROM workflow WHERE id = ?;
                """);
        AdviceReport deletes = new IndexAdvisor().advise(new AdviseOptions(db, Workload.catalog(workload), 1_000,
                Duration.ofSeconds(5)));
        assertThat(deletes.additions()).anySatisfy(a -> {
            assertThat(a.definition().toString()).isEqualTo("job_input_file(file_id)");
            assertThat(a.proofs()).extracting(ProposedIndex.PlanChange::statement).anySatisfy(s -> assertThat(s)
                    .isEqualTo("delete_workflow (foreign-key check of job_input_file.file_id)"));
        });
        assertThat(deletes.additions()).noneSatisfy(a -> assertThat(a.definition().toString())
                .isEqualTo("local_scheduler(workflow_id)")); // a few rows: a scan is cheap
    }

    @Test
    void proposesAPrefixOfTorcsIndexWhereItGivesTheRowidOrder(@TempDir Path files) throws Exception {
        // Torc v0.12.0 has idx_job_workflow_status on job(workflow_id, status): it finds a workflow's jobs but
        // not in id order, so list_jobs sorts them all. job(workflow_id) holds them in rowid order: no sort, and
        // LIMIT stops early. A prefix is redundant only where the planner leaves it unused.
        Path workload = Files.writeString(files.resolve("list-jobs.sql"), """
                -- name: list_jobs
                -- weight: 100
                SELECT id, name, status FROM job WHERE workflow_id = ? ORDER BY id ASC LIMIT 100;
                """);
        AdviceReport listing = new IndexAdvisor().advise(new AdviseOptions(db, Workload.catalog(workload), 1_000,
                Duration.ofSeconds(5)));
        assertThat(listing.additions()).singleElement().satisfies(a -> {
            assertThat(a.definition().toString()).isEqualTo("job(workflow_id)");
            assertThat(a.proofs()).singleElement().satisfies(c -> {
                assertThat(c.before()).contains("idx_job_workflow_status", "USE TEMP B-TREE FOR ORDER BY");
                assertThat(c.after()).contains("tia_job_workflow_id").doesNotContain("TEMP B-TREE");
            });
        });
    }

    @Test
    void triesACandidateAgainOnceALaterIndexServesTheStatementItMadeWorse(@TempDir Path files) throws Exception {
        // file(workflow_id, path) saves most, but alone it makes the page of a workflow's files sort them all
        // (the scan in rowid order stops after LIMIT rows). file(workflow_id), chosen after it, gives that page
        // its rowid order back; then file(workflow_id, path) is proposed too, in the second pass. (The page is of
        // the last workflow: for the first, the scan reaches its 600th file as soon as the index does.)
        Path workload = Files.writeString(files.resolve("pages.sql"), """
                -- name: file_by_path
                -- weight: 1000
                SELECT id, name FROM file WHERE workflow_id = ? AND path = ?;
                -- name: files_page
                -- weight: 100
                -- param: workflow_id = SELECT max(workflow_id) FROM file
                SELECT id, name, path FROM file WHERE workflow_id = ? ORDER BY id ASC LIMIT 100 OFFSET 500;
                """);
        AdviceReport report = new IndexAdvisor().advise(new AdviseOptions(db, Workload.catalog(workload), 1_000,
                Duration.ofSeconds(5)));
        assertThat(report.additions()).extracting(a -> a.definition().toString())
                .contains("file(workflow_id, path)", "file(workflow_id)");
        assertThat(report.additions()).allSatisfy(a -> assertThat(a.regressions()).isEmpty());
        assertThat(report.additions()).flatExtracting(ProposedIndex::proofs)
                .filteredOn(c -> c.statement().equals("files_page")).singleElement().satisfies(c -> {
                    assertThat(c.before()).isEqualTo("SCAN file");
                    assertThat(c.after()).contains("tia_file_workflow_id (workflow_id=?)").doesNotContain("TEMP");
                    // The scan stops at the 600th file of the workflow: it reads the files before the workflow's
                    // and 600 of its own, not the whole table; the index reads 600 entries and their rows.
                    assertThat(c.rowsBefore()).isGreaterThanOrEqualTo(600).isLessThan(rows(db, "file"));
                    assertThat(c.rowsAfter()).isEqualTo(1_200);
                });
    }

    private static long rows(Path db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }

    @Test
    void pricesADeleteByTheRowsItDeletesNotTheRowsItsScanReads(@TempDir Path files) throws Exception {
        // Without an index on file(workflow_id) the DELETE scans all of file, but it deletes one workflow's files:
        // that is what each new index on file pays for it.
        Path workload = Files.writeString(files.resolve("files.sql"), """
                -- name: list_files_by_path
                -- weight: 100
                SELECT id, name FROM file WHERE workflow_id = ? AND path = ?;
                -- name: delete_files
                DELETE FROM file WHERE workflow_id = ?;
                """);
        AdviceReport report = new IndexAdvisor().advise(new AdviseOptions(db, Workload.catalog(workload), 1_000,
                Duration.ofSeconds(5)));
        long rows = rows(db, "file");
        // (The foreign-key lookups of the deleted files' children get indexes of their own.)
        assertThat(report.additions()).filteredOn(a -> a.definition().table().equals("file")).isNotEmpty()
                .allSatisfy(a -> {
            assertThat(a.price().writes()).contains("delete_files");
            // 3 workflows: a third of the rows, with room for the uneven sizes of generated workflows; each entry
            // at its measured price, plus the page of the one execution.
            assertThat(a.price().writeCost()).isGreaterThan(WritePrice.PAGE + WritePrice.ENTRY * rows / 10.0)
                    .isLessThan(WritePrice.PAGE + WritePrice.ENTRY * rows / 2.0);
        });
    }

    @Test
    void estimatesEachIndexsSizeWithinAFewPercentOfWhatSqliteBuilds(@TempDir Path copies) throws Exception {
        assertThat(advice.additions()).hasSizeGreaterThan(3);
        for (ProposedIndex a : advice.additions()) {
            Path copy = copies.resolve("size-" + a.name() + ".db");
            Files.copy(db, copy);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
                long before = pragma(st, "page_count");
                long page = pragma(st, "page_size");
                st.execute(a.createSql());
                long built = (pragma(st, "page_count") - before) * page;
                assertThat((double) a.price().bytes()).as(a.name() + ": estimated against %,d bytes built", built)
                        .isBetween(built * 0.85 - 2 * page, built * 1.15 + 2 * page);
            } finally {
                Files.delete(copy);
            }
        }
    }

    private static long pragma(Statement st, String name) throws Exception {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.getLong(1);
        }
    }

    @Test
    void keepsToItsBudgets() {
        AdviceReport one = new IndexAdvisor().advise(new AdviseOptions(db, Workload.BUILT_IN, 1_000,
                Duration.ofSeconds(5), new AdviceBudget(OptionalInt.of(1), OptionalLong.empty(),
                        OptionalDouble.empty())));
        assertThat(one.additions()).hasSize(1);
        assertThat(one.rejected()).anySatisfy(r -> assertThat(r.price().rejection()).contains("over --max-indexes 1"));
        AdviceReport noWrites = new IndexAdvisor().advise(new AdviseOptions(db, Workload.BUILT_IN, 1_000,
                Duration.ofSeconds(5), new AdviceBudget(OptionalInt.empty(), OptionalLong.empty(),
                        OptionalDouble.of(0))));
        assertThat(noWrites.additions()).allSatisfy(a -> assertThat(a.price().writeCost()).isZero());
    }

    @Test
    void measuresTheAdviceOnACopyAndLeavesTheDatabaseAsItWas() throws Exception {
        String before = sha256(db);
        AdviceMeasurement.Result measured = AdviceMeasurement.measure(new AdviseOptions(db, Workload.BUILT_IN, 1_000,
                Duration.ofSeconds(5)), advice);
        assertThat(measured.timings()).anySatisfy(t -> {
            assertThat(t.statement()).isEqualTo("src/server/api/results.rs:list_results[not show_all_results]");
            assertThat(t.speedup()).isGreaterThan(5);
        });
        assertThat(measured.advice().additions().size() + measured.dropped().size())
                .isEqualTo(advice.additions().size());
        assertThat(sha256(db)).isEqualTo(before);
        try (var files = Files.list(db.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsOnly("torc-v0.12.0.db");
        }
    }

    @Test
    void aStatementTwiceAsSlowIsTimedAgainAndARealRegressionStaysOne(@TempDir Path copies) throws Exception {
        // Without Torc's two indexes on job_depends_on, "has this job dependents" scans job_depends_on once per
        // job: really slower, so the confirming runs (three times as many) keep it among the slower statements.
        Path without = copies.resolve("without.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + without + "'");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + without); Statement st = c.createStatement()) {
            st.execute("DROP INDEX idx_job_depends_on_depends_on_job_id");
            st.execute("DROP INDEX idx_job_depends_on_workflow_depends_on");
        }
        Path workload = Files.writeString(copies.resolve("parents.sql"), """
                -- name: parents
                SELECT j.id FROM job j WHERE j.workflow_id = ?
                    AND EXISTS (SELECT 1 FROM job_depends_on d WHERE d.depends_on_job_id = j.id) LIMIT 50;
                """);
        WorkloadTiming.Result r = WorkloadTiming.compare(List.of(db, without), Workload.catalog(workload),
                3, Duration.ofSeconds(10), Duration.ofSeconds(5));
        assertThat(r.slower(1, 2.0)).extracting(WorkloadTiming.Row::statement).containsExactly("parents");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
