package io.github.torcindex.indexer;

import static io.github.torcindex.indexer.TorcDatabases.indexes;
import static io.github.torcindex.indexer.TorcDatabases.query;
import static io.github.torcindex.indexer.TorcDatabases.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link IndexMigrator#apply} on changelogs as users write them, on databases as Torc's server builds them. */
class ChangelogApplierIT {

    @TempDir
    Path dir;

    private final IndexMigrator migrator = new IndexMigrator();

    private static final String INDEX = """
              <changeSet id="ops-result-node" author="ops">
                <sql>CREATE INDEX IF NOT EXISTS ops_result_node ON result(compute_node_id)</sql>
                <rollback><sql>DROP INDEX IF EXISTS ops_result_node</sql></rollback>
              </changeSet>
            """;

    private Path changelog(String name, String changeSets) throws Exception {
        return TorcDatabases.changelog(dir, name, changeSets);
    }

    private ApplyOptions options(Path db, Path changelog, boolean dryRun, boolean allowDataChanges) {
        return new ApplyOptions(db, changelog, false, dryRun, true, Duration.ofSeconds(5), allowDataChanges);
    }

    @Test
    void refusesSqlThatWritesRowsUnlessAllowedAndChangesNothing() throws Exception {
        Path db = TorcDatabases.likeTorcServer(dir);
        TorcDatabases.execute(db, "INSERT INTO workflow_status (id, run_id, has_detected_need_to_run_completion_script,"
                + " is_canceled, is_archived) VALUES (1, 0, 0, 0, 0)");
        Path delete = changelog("delete.xml", INDEX + """
                  <changeSet id="tidy" author="ops">
                    <sql>-- a comment first
                    CREATE INDEX IF NOT EXISTS ops_a ON job(name); DELETE FROM workflow_status</sql>
                  </changeSet>
                """);
        Path update = changelog("update.xml", """
                  <changeSet id="u" author="ops">
                    <update tableName="workflow_status"><column name="run_id" valueNumeric="9"/></update>
                  </changeSet>
                """);
        String before = sha256(db);

        for (Path refused : new Path[] {delete, update}) {
            assertThatThrownBy(() -> migrator.apply(options(db, refused, false, false)))
                    .hasMessageContaining("Refusing to apply").hasMessageContaining("--allow-data-changes")
                    .hasMessageContaining("Nothing was changed")
                    .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.BAD_INPUT_FILE);
            assertThatThrownBy(() -> migrator.apply(options(db, refused, true, false)))
                    .hasMessageContaining("Refusing to apply");
        }
        assertThatThrownBy(() -> migrator.apply(options(db, delete, false, false)))
                .hasMessageContaining("`DELETE FROM workflow_status`");
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("torc.db", "delete.xml", "update.xml");

        ApplyReport allowed = migrator.apply(options(db, delete, false, true));
        assertThat(allowed.changeSets()).extracting(ChangeSetSql::label)
                .containsExactly("ops-result-node (ops)", "tidy (ops)");
        assertThat(query(db, "SELECT count(*) FROM workflow_status")).containsExactly("0");
    }

    @Test
    void dryRunPrintsEachChangeSetsSqlAndItsRollback() throws Exception {
        Path db = TorcDatabases.likeTorcServer(dir);
        Path mine = changelog("mine.xml", INDEX + """
                  <changeSet id="ops-by-name" author="ops">
                    <createIndex tableName="job" indexName="ops_job_name"><column name="name"/></createIndex>
                  </changeSet>
                """);
        String before = sha256(db);

        ApplyReport dry = migrator.apply(options(db, mine, true, false));

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.changeSets()).hasSize(2);
        assertThat(dry.changeSets().get(0).sql())
                .containsExactly("CREATE INDEX IF NOT EXISTS ops_result_node ON result(compute_node_id)");
        assertThat(dry.changeSets().get(0).rollbackSql()).containsExactly("DROP INDEX IF EXISTS ops_result_node");
        assertThat(dry.changeSets().get(1).sql()).singleElement().asString()
                .contains("CREATE INDEX ops_job_name ON job(name)");
        assertThat(dry.changeSets().get(1).rollbackSql()).singleElement().asString().contains("DROP INDEX");
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void appliesToADatabaseNeverMigratedByTorcIndexAndBacksItUpFirst() throws Exception {
        Path db = TorcDatabases.likeTorcServer(dir);
        assertThat(query(db, "SELECT count(*) FROM sqlite_master WHERE name = 'DATABASECHANGELOG'"))
                .containsExactly("0");
        Path mine = changelog("mine.xml", INDEX);

        ApplyReport applied = migrator.apply(options(db, mine, false, false));

        assertThat(indexes(db)).anyMatch(i -> i.startsWith("ops_result_node:"));
        Path backup = applied.facts().backup().orElseThrow();
        assertThat(backup).exists().hasFileName(backup.getFileName().toString());
        assertThat(backup.getFileName().toString()).endsWith(".bak");
        assertThat(query(backup, "PRAGMA quick_check")).containsExactly("ok");
        assertThat(indexes(backup)).noneMatch(i -> i.startsWith("ops_result_node:"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial"));
        }
    }
}
