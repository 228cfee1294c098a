package io.github.torcindex.indexer;

import static io.github.torcindex.indexer.TorcDatabases.execute;
import static io.github.torcindex.indexer.TorcDatabases.indexes;
import static io.github.torcindex.indexer.TorcDatabases.query;
import static io.github.torcindex.indexer.TorcDatabases.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.indexer.PlannedStep.Action;
import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexMigratorIT {

    private static final List<String> UNBLOCKING = List.of(
            "idx_job_unblocking_pending: job(workflow_id, status, unblocking_processed) "
                    + "WHERE status in (6, 7, 8) and unblocking_processed = 0",
            "idx_job_workflow_unblocking: job(workflow_id) WHERE status in (6, 7, 8) and unblocking_processed = 0");
    private static final List<String> PHASE_1 = List.of(
            "tix_job_workflow_id: job(workflow_id)",
            "tix_job_workflow_id_status: job(workflow_id, status)",
            "tix_result_workflow_id: result(workflow_id)");
    private static final List<String> PHASES_2_AND_3 = List.of(
            "tix_event_workflow_id: event(workflow_id)",
            "tix_compute_node_workflow_id: compute_node(workflow_id)",
            "tix_job_depends_on_depends_on_job_id: job_depends_on(depends_on_job_id)",
            "tix_job_input_file_file_id: job_input_file(file_id)",
            "tix_job_output_file_file_id: job_output_file(file_id)",
            "tix_resource_requirements_num_gpus_runtime_s_memory_bytes: "
                    + "resource_requirements(num_gpus, runtime_s, memory_bytes)",
            "tix_workflow_user: workflow(user)",
            "tix_job_input_user_data_user_data_id: job_input_user_data(user_data_id)",
            "tix_job_output_user_data_user_data_id: job_output_user_data(user_data_id)",
            "tix_workflow_user_is_archived: workflow(user, is_archived)");

    @TempDir
    Path dir;

    private final IndexMigrator migrator = new IndexMigrator();

    private MigrationReport migrate(Path db, int to) {
        return migrator.migrate(new MigrateOptions(db, to, false, false, false, Duration.ofSeconds(5)));
    }

    private MigrationReport rollback(Path db, int to) {
        return migrator.rollback(new RollbackOptions(db, to, false, false, Duration.ofSeconds(5)));
    }

    @Test
    void migratesNewDatabaseToLevelThreeAndBackPhaseByPhase() throws Exception {
        Path db = TorcDatabases.baseline(dir);

        MigrationReport up = migrate(db, 3);

        assertThat(up.levelBefore()).isZero();
        assertThat(up.levelAfter()).isEqualTo(3);
        assertThat(up.steps(Action.CREATE)).hasSize(13);
        assertThat(indexes(db)).containsExactlyInAnyOrderElementsOf(concat(UNBLOCKING, PHASE_1, PHASES_2_AND_3));
        assertThat(migrator.status(db, Duration.ofSeconds(1)).inState(IndexState.APPLIED)).hasSize(13);

        MigrationReport down = rollback(db, 1);
        assertThat(down.levelAfter()).isEqualTo(1);
        assertThat(down.steps(Action.DROP)).hasSize(10);
        assertThat(indexes(db)).containsExactlyInAnyOrderElementsOf(concat(UNBLOCKING, PHASE_1));

        rollback(db, 0);
        assertThat(indexes(db)).containsExactlyInAnyOrderElementsOf(UNBLOCKING);
        assertThat(migrator.status(db, Duration.ofSeconds(1)).level()).isZero();
        assertThat(query(db, "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void secondMigrateChangesNothing() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        migrate(db, 3);
        List<String> history = query(db, "SELECT ID || ' ' || ORDEREXECUTED FROM DATABASECHANGELOG");
        String schema = String.join("\n", query(db, "SELECT sql FROM sqlite_master ORDER BY name"));

        MigrationReport again = migrate(db, 3);

        assertThat(again.steps()).isEmpty();
        assertThat(again.facts().backup()).isEmpty();
        assertThat(query(db, "SELECT ID || ' ' || ORDEREXECUTED FROM DATABASECHANGELOG")).isEqualTo(history);
        assertThat(String.join("\n", query(db, "SELECT sql FROM sqlite_master ORDER BY name"))).isEqualTo(schema);
    }

    @Test
    void reusesTorcsOwnIndexesAndNeverDropsThem() throws Exception {
        Path db = TorcDatabases.likeTorcServer(dir);
        List<String> torcIndexes = indexes(db);

        MigrationReport up = migrate(db, 3);

        assertThat(up.steps(Action.RECORD_STAND_IN)).extracting(PlannedStep::changeSetId).containsExactlyInAnyOrder(
                "tix_job_workflow_id_status", "tix_result_workflow_id", "tix_job_depends_on_depends_on_job_id");
        assertThat(up.steps(Action.SKIP_REDUNDANT)).extracting(PlannedStep::changeSetId)
                .containsExactlyInAnyOrder("tix_job_workflow_id", "tix_event_workflow_id");
        assertThat(up.steps(Action.SKIP_REDUNDANT).get(0).detail()).contains("ORDER BY id", "--allow-redundant");
        List<String> after = indexes(db);
        assertThat(after).containsAll(torcIndexes)
                .doesNotContain("tix_job_workflow_id_status: job(workflow_id, status)",
                        "tix_result_workflow_id: result(workflow_id)");
        assertThat(after.stream().map(s -> s.substring(s.indexOf(':'))).distinct()).hasSameSizeAs(after);
        StatusReport status = up.status();
        assertThat(status.level()).isEqualTo(3);
        assertThat(status.inState(IndexState.PRESENT_UNDER_OTHER_NAME)).extracting(s -> s.standIn().orElseThrow())
                .containsExactlyInAnyOrder("idx_job_workflow_status", "idx_result_workflow_id",
                        "idx_job_depends_on_depends_on_job_id");
        assertThat(status.inState(IndexState.REDUNDANT)).extracting(s -> s.standIn().orElseThrow())
                .containsExactlyInAnyOrder("idx_job_workflow_status", "idx_event_workflow_timestamp");

        rollback(db, 0);

        assertThat(indexes(db)).containsExactlyInAnyOrderElementsOf(torcIndexes);
        assertThat(query(db, "SELECT count(*) FROM _sqlx_migrations")).containsExactly("1");
    }

    @Test
    void allowRedundantCreatesTheSkippedIndexes() throws Exception {
        Path db = TorcDatabases.likeTorcServer(dir);
        migrator.migrate(new MigrateOptions(db, 2, false, false, true, Duration.ofSeconds(5)));
        assertThat(indexes(db)).contains("tix_job_workflow_id: job(workflow_id)", "tix_event_workflow_id: event(workflow_id)");
    }

    @Test
    void recordsAnIndexLeftBehindByACrashWithoutRebuildingIt() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        execute(db, "CREATE INDEX IF NOT EXISTS tix_job_workflow_id ON job(workflow_id)");
        assertThat(migrator.status(db, Duration.ofSeconds(1)).indexes().get(0).state())
                .isEqualTo(IndexState.UNRECORDED);

        MigrationReport up = migrate(db, 1);

        assertThat(up.steps(Action.RECORD_EXISTING)).extracting(PlannedStep::changeSetId)
                .containsExactly("tix_job_workflow_id");
        assertThat(up.status().phases().get(0).indexes()).allMatch(s -> s.state() == IndexState.APPLIED);
    }

    @Test
    void reportsAndRepairsAnIndexDroppedByATorcUpgrade() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        migrate(db, 2);
        execute(db, "DROP INDEX tix_job_workflow_id_status");

        StatusReport drifted = migrator.status(db, Duration.ofSeconds(1));
        assertThat(drifted.inState(IndexState.DRIFTED)).extracting(s -> s.index().name())
                .containsExactly("tix_job_workflow_id_status");
        assertThat(drifted.level()).isEqualTo(2);

        MigrationReport repaired = migrate(db, 2);

        assertThat(repaired.steps(Action.REPAIR)).hasSize(1);
        assertThat(indexes(db)).contains("tix_job_workflow_id_status: job(workflow_id, status)");
        assertThat(repaired.status().inState(IndexState.DRIFTED)).isEmpty();
        rollback(db, 1);
        assertThat(indexes(db)).contains("tix_job_workflow_id_status: job(workflow_id, status)")
                .doesNotContain("tix_event_workflow_id: event(workflow_id)");
    }

    @Test
    void aTorcUpgradeThatRebuildsJobDriftsOurIndexesAndMigrateRecreatesThem() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        execute(db, "INSERT INTO workflow_status (id) VALUES (1)",
                "INSERT INTO workflow (id, name, user, timestamp, status_id) VALUES (1, 'w', 'u', 't', 1)",
                "INSERT INTO job (workflow_id, name, command, status) VALUES (1, 'a', 'true', 2), (1, 'b', 'true', 6)");
        migrate(db, 3);
        String jobDdl = query(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'job'").get(0);
        List<String> torcIndexes = query(db, "SELECT sql FROM sqlite_master WHERE type = 'index' "
                + "AND tbl_name = 'job' AND name LIKE 'idx_%'");

        // What a Torc migration that rebuilds a table does: copy to job_new, drop, rename, recreate its own indexes.
        List<String> upgrade = new java.util.ArrayList<>(List.of("PRAGMA foreign_keys = OFF", "BEGIN",
                jobDdl.replaceFirst("CREATE TABLE job", "CREATE TABLE job_new"),
                "INSERT INTO job_new SELECT * FROM job", "DROP TABLE job", "ALTER TABLE job_new RENAME TO job"));
        upgrade.addAll(torcIndexes);
        upgrade.add("COMMIT");
        execute(db, upgrade.toArray(String[]::new));

        StatusReport drifted = migrator.status(db, Duration.ofSeconds(1));
        assertThat(drifted.inState(IndexState.DRIFTED)).extracting(s -> s.index().name())
                .containsExactlyInAnyOrder("tix_job_workflow_id", "tix_job_workflow_id_status");
        assertThat(drifted.inState(IndexState.DRIFTED).get(0).note()).contains("Torc upgrade", "migrate recreates");

        MigrationReport repaired = migrate(db, 3);

        assertThat(repaired.steps(Action.REPAIR)).hasSize(2);
        assertThat(repaired.status().indexes()).allMatch(s -> s.state() == IndexState.APPLIED);
        assertThat(query(db, "SELECT count(*) FROM job")).containsExactly("2");
        assertThat(query(db, "PRAGMA foreign_key_check")).isEmpty();
        rollback(db, 0);
        assertThat(indexes(db)).containsExactlyInAnyOrderElementsOf(UNBLOCKING);
    }

    @Test
    void dryRunPrintsSqlAndLeavesTheFileUnchanged() throws Exception {
        Path db = TorcDatabases.likeTorcServer(dir);
        String before = sha256(db);

        MigrationReport plan = migrator.migrate(new MigrateOptions(db, 3, true, true, false, Duration.ofSeconds(1)));

        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.steps(Action.CREATE)).extracting(s -> s.sql().get(0))
                .contains("CREATE INDEX IF NOT EXISTS tix_workflow_user ON workflow(user)");
        assertThat(plan.steps(Action.CREATE)).extracting(s -> s.rollbackSql().get(0))
                .contains("DROP INDEX IF EXISTS tix_workflow_user");
        assertThat(plan.facts().backup()).isEmpty();
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(dir.toFile().list()).containsExactly("torc.db");
    }

    @Test
    void takesABackupBeforeChangingAnything() throws Exception {
        Path db = TorcDatabases.baseline(dir);

        MigrationReport up = migrator.migrate(MigrateOptions.of(db, 1));

        Path backup = up.facts().backup().orElseThrow();
        assertThat(backup.getParent()).isEqualTo(db.toAbsolutePath().getParent());
        assertThat(backup.getFileName().toString()).matches("torc\\.db\\.\\d{8}T\\d{6}Z\\.bak");
        assertThat(migrator.status(backup, Duration.ofSeconds(1)).level()).isZero();
        assertThat(migrator.status(db, Duration.ofSeconds(1)).level()).isEqualTo(1);
    }

    @Test
    void phaseFourAnalyzesEveryTimeItIsApplied() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        execute(db, "INSERT INTO workflow_status (id) VALUES (1)",
                "INSERT INTO workflow (id, name, user, timestamp, status_id) VALUES (1, 'w', 'u', 't', 1)",
                "INSERT INTO job (workflow_id, name, command, status) VALUES (1, 'a', 'true', 2), (1, 'b', 'true', 5)");

        MigrationReport first = migrate(db, 4);
        assertThat(first.status().statistics()).isTrue();
        assertThat(query(db, "SELECT stat FROM sqlite_stat1 WHERE idx = 'tix_job_workflow_id_status'"))
                .containsExactly("2 2 1");

        execute(db, "INSERT INTO job (workflow_id, name, command, status) VALUES (1, 'c', 'true', 2)");
        MigrationReport second = migrate(db, 4);
        assertThat(second.steps()).extracting(PlannedStep::action).hasSize(TorcDatabase.TABLES.size() + 1)
                .containsOnly(Action.MAINTAIN);
        // One write transaction per table's ANALYZE (plus Liquibase's own bookkeeping), never two heavy ones.
        assertThat(second.facts().writeLocks())
                .allSatisfy(h -> assertThat(h.heavyStatements()).isLessThanOrEqualTo(1));
        assertThat(second.facts().writeLocks()).filteredOn(h -> h.heavyStatements() == 1)
                .hasSize(TorcDatabase.TABLES.size() + 1);
        assertThat(query(db, "SELECT stat FROM sqlite_stat1 WHERE idx = 'tix_job_workflow_id_status'"))
                .containsExactly("3 3 2");

        String everyStatistic = "SELECT tbl || ' ' || coalesce(idx, '') || ' ' || stat FROM sqlite_stat1 "
                + "ORDER BY tbl, idx";
        List<String> statistics = query(db, everyStatistic);
        // ANALYZE writes rows only for tables with rows: job's four indexes, workflow's two, workflow_status.
        assertThat(statistics).contains("job tix_job_workflow_id_status 3 3 2", "workflow_status  1").hasSize(7);
        MigrationReport down = rollback(db, 3);
        assertThat(down.levelAfter()).isEqualTo(3);
        // Rolling phase 4 back removes its record, not the statistics it wrote.
        assertThat(query(db, everyStatistic)).isEqualTo(statistics);
    }

    @Test
    void releasesALockLeftByAKilledTorcIndexRunOnThisHostButNoOtherLock() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        migrate(db, 1);
        String host = liquibase.util.NetUtil.getLocalHostName();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        execute(db, "UPDATE DATABASECHANGELOGLOCK SET LOCKED = 1, LOCKGRANTED = '2026-11-26 10:00:00', "
                + "LOCKEDBY = '" + host + "#torc-index-pid-" + gone.pid() + " (10.0.0.9)' WHERE ID = 1");
        assertThat(migrator.status(db, Duration.ofSeconds(1)).lockedBy()).get().asString()
                .contains("stale: torc-index process " + gone.pid());

        MigrationReport report = migrate(db, 2);
        assertThat(report.levelAfter()).isEqualTo(2);
        assertThat(report.facts().releasedLock()).get().asString().contains("torc-index process " + gone.pid()
                + " on this host is no longer running");
        assertThat(migrator.status(db, Duration.ofSeconds(1)).lockedBy()).isEmpty();

        // A live process (this one), another host, or a holder without torc-index's mark: refused, unchanged.
        for (String holder : List.of(host + "#torc-index-pid-" + ProcessHandle.current().pid() + " (10.0.0.9)",
                "elsewhere#torc-index-pid-" + gone.pid() + " (10.0.0.9)", host + " (10.0.0.9)")) {
            execute(db, "UPDATE DATABASECHANGELOGLOCK SET LOCKED = 1, LOCKGRANTED = '2026-11-26 10:00:00', "
                    + "LOCKEDBY = '" + holder + "' WHERE ID = 1");
            String before = sha256(db);
            assertThatThrownBy(() -> migrate(db, 3)).as(holder)
                    .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.LOCKED);
            assertThat(sha256(db)).as(holder).isEqualTo(before);
        }
    }

    @Test
    void aRollbackKilledAfterRemovingATagIsReportedAndFinishedByTheNextRollback() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        migrate(db, 1);
        // What MigrateCrashIT found: Liquibase removes the newest record first, so a rollback killed after
        // removing the level-1 tag leaves level 0 with phase 1's indexes still recorded.
        execute(db, "DELETE FROM DATABASECHANGELOG WHERE ID = 'level-1'");
        StatusReport interrupted = migrator.status(db, Duration.ofSeconds(1));
        assertThat(interrupted.level()).isZero();
        assertThat(interrupted.recordedAboveLevel()).extracting(s -> s.index().name())
                .containsExactly("tix_job_workflow_id", "tix_job_workflow_id_status", "tix_result_workflow_id");
        assertThat(interrupted.problems()).singleElement().asString().contains("was interrupted", "rollback --to 0");

        MigrationReport finished = rollback(db, 0);
        assertThat(finished.steps()).extracting(PlannedStep::action).containsOnly(Action.DROP);
        assertThat(indexes(db)).noneMatch(name -> name.startsWith("tix_"));
        assertThat(migrator.status(db, Duration.ofSeconds(1)).problems()).isEmpty();
    }

    /** A changelog file in the test folder with these changesets, its logical path its file name. */
    private Path changelog(String name, String changeSets) throws Exception {
        return TorcDatabases.changelog(dir, name, changeSets);
    }

    @Test
    void appliesAndRollsBackAChangelogOfTheUsersAndNothingElse() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        Path changelog = changelog("mine.xml", """
                  <changeSet id="ops-result-node" author="ops">
                    <sql>CREATE INDEX IF NOT EXISTS ops_result_node ON result(compute_node_id)</sql>
                    <rollback><sql>DROP INDEX IF EXISTS ops_result_node</sql></rollback>
                  </changeSet>
                  <changeSet id="ops-analyze" author="ops" runAlways="true">
                    <sql>ANALYZE result</sql>
                    <rollback/>
                  </changeSet>
                """);
        ApplyReport dry = migrator.apply(new ApplyOptions(db, changelog, false, true, false, Duration.ofSeconds(5),
                false));
        assertThat(dry.changeSets()).extracting(ChangeSetSql::label).containsExactly("ops-result-node (ops)", "ops-analyze (ops)");
        assertThat(indexes(db)).noneMatch(i -> i.startsWith("ops_result_node:"));

        ApplyReport applied = migrator.apply(new ApplyOptions(db, changelog, false, false, false,
                Duration.ofSeconds(5), false));
        assertThat(applied.changeSets()).hasSize(2);
        assertThat(indexes(db)).anyMatch(i -> i.startsWith("ops_result_node:"));
        migrate(db, 1);

        // Rolled back: its own changesets only, newest first; phase 1, applied after it, stays.
        ApplyReport back = migrator.apply(new ApplyOptions(db, changelog, true, false, false, Duration.ofSeconds(5),
                false));
        assertThat(back.changeSets()).extracting(ChangeSetSql::label).containsExactly("ops-analyze (ops)", "ops-result-node (ops)");
        assertThat(indexes(db)).noneMatch(i -> i.startsWith("ops_result_node:"))
                .anyMatch(i -> i.startsWith("tix_job_workflow_id:"))
                .anyMatch(i -> i.startsWith("tix_job_workflow_id_status:"))
                .anyMatch(i -> i.startsWith("tix_result_workflow_id:"));
        assertThat(migrator.status(db, Duration.ofSeconds(1)).level()).isEqualTo(1);
        assertThat(migrator.apply(new ApplyOptions(db, changelog, true, false, false, Duration.ofSeconds(5),
                false))
                .changeSets()).isEmpty();
    }

    @Test
    void refusesAChangelogThatWouldRebuildATableOrIsMissingAndChangesNothing() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        Path rebuild = changelog("rebuild.xml", """
                  <changeSet id="drop-col" author="ops">
                    <dropColumn tableName="job" columnName="command"/>
                  </changeSet>
                """);
        String before = sha256(db);
        assertThatThrownBy(() -> migrator.apply(new ApplyOptions(db, rebuild, false, false, false,
                Duration.ofSeconds(5), false)))
                .hasMessageContaining("Refusing to apply").hasMessageContaining("<dropColumn>")
                .hasMessageContaining("rebuild the table")
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.BAD_INPUT_FILE);
        assertThatThrownBy(() -> migrator.apply(new ApplyOptions(db, dir.resolve("nope.xml"), false, false, false,
                Duration.ofSeconds(5), false)))
                .hasMessageContaining("No changelog at").hasMessageContaining("does not exist");
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void refusesAStaleLockUntilUnlocked() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        migrate(db, 1);
        execute(db, "UPDATE DATABASECHANGELOGLOCK SET LOCKED = 1, LOCKGRANTED = '2026-11-26 10:00:00', "
                + "LOCKEDBY = 'dead-host (10.0.0.9)' WHERE ID = 1");
        String before = sha256(db);

        assertThatThrownBy(() -> migrate(db, 2))
                .hasMessageContaining("dead-host")
                .hasMessageContaining("torc-index unlock --db")
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.LOCKED);
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(migrator.status(db, Duration.ofSeconds(1)).lockedBy()).get().asString().contains("dead-host");

        assertThat(migrator.unlock(db, Duration.ofSeconds(1))).get().asString().contains("dead-host");
        assertThat(migrate(db, 2).levelAfter()).isEqualTo(2);
    }

    @Test
    void refusesAHistoryWhoseChangesetWasEdited() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        migrate(db, 1);
        execute(db, "UPDATE DATABASECHANGELOG SET MD5SUM = '9:00000000000000000000000000000000' "
                + "WHERE ID = 'tix_job_workflow_id'");

        assertThatThrownBy(() -> migrate(db, 2))
                .hasMessageContaining("history disagrees")
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.HISTORY_CONFLICT);
        assertThat(indexes(db)).doesNotContain("tix_event_workflow_id: event(workflow_id)");
    }

    @Test
    void refusesUnknownLevel() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        String before = sha256(db);
        assertThatThrownBy(() -> migrate(db, 7))
                .hasMessageContaining("Unknown level 7")
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.USAGE);
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void migrateBelowTheCurrentLevelChangesNothing() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        migrate(db, 2);
        MigrationReport report = migrate(db, 1);
        assertThat(report.steps()).isEmpty();
        assertThat(report.levelAfter()).isEqualTo(2);
    }

    @Test
    void refusesMissingDatabaseWithoutCreatingIt() {
        Path db = dir.resolve("missing.db");
        assertThatThrownBy(() -> migrate(db, 1))
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.DATABASE_MISSING);
        assertThat(Files.exists(db)).isFalse();
        assertThatThrownBy(() -> TorcDatabase.open(db)).hasMessageContaining("does not exist");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
