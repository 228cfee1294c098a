package io.github.torcindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** catalog --from-source, and the catalog it writes checked by verify, from the command line. */
class WorkloadCommandsIT {

    @TempDir
    Path dir;

    private Path tree() throws Exception {
        Path src = Files.createDirectories(dir.resolve("torc/src/server"));
        Files.writeString(dir.resolve("torc/Cargo.toml"), "[package]\nversion = \"0.12.0\"\n");
        Files.writeString(src.resolve("jobs.rs"), """
                async fn list_jobs(pool: &Pool, status: Option<i64>) {
                    let mut sql = String::from("SELECT id FROM job WHERE workflow_id = ?");
                    if status.is_some() {
                        sql.push_str(" AND status = ?");
                    }
                    sqlx::query(&sql).fetch_all(pool).await;
                    sqlx::query!("UPDATE job SET status = $1 WHERE id = $2", 3, 4);
                    sqlx::query(&format!("SELECT * FROM {}", table));
                }
                """);
        return dir.resolve("torc");
    }

    @Test
    void catalogFromSourceWritesACatalogThatVerifyChecks() throws Exception {
        Path out = dir.resolve("torc-queries.sql");
        CliRun run = CliRun.of("catalog", "--from-source", tree().toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 statements from 2 of the 3 sqlx calls", "Torc 0.12.0",
                "prepared on the v0.12.0 schema", "src/server/jobs.rs:8 list_jobs: a format! placeholder");
        assertThat(Files.readString(out)).contains("-- name: src/server/jobs.rs:list_jobs[status]\n",
                "SELECT id FROM job WHERE workflow_id = ? AND status = ?;");

        Path db = dir.resolve("torc.db");
        assertThat(CliRun.of("init", "--db", db.toString(), "--torc-version", "v0.12.0").code()).isZero();
        CliRun verify = CliRun.of("verify", "--db", db.toString(), "--queries", out.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("Statements: 3 from " + out, "src/server/jobs.rs:list_jobs#2");

        CliRun again = CliRun.of("catalog", "--from-source", tree().toString(), "--out", out.toString());
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("Refusing to overwrite");
    }

    @Test
    void catalogRefusesBadInputWithDistinctCodes() throws Exception {
        CliRun missing = CliRun.of("catalog", "--from-source", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("No source tree at", "the folder does not exist");
        CliRun none = CliRun.of("catalog");
        assertThat(none.code()).isEqualTo(2);
        CliRun folder = CliRun.of("catalog", "--from-source", tree().toString(), "--out", dir.toString() + "/");
        assertThat(folder.code()).isEqualTo(2);
        CliRun printed = CliRun.of("catalog", "--from-source", tree().toString());
        assertThat(printed.code()).isZero();
        assertThat(printed.out()).startsWith("-- Torc's SQL statements, extracted from its source");
    }

    @Test
    void queriesFromLogCountsExecutionsAndNamesTorcsStatements() throws Exception {
        Path db = dir.resolve("torc.db");
        assertThat(CliRun.of("init", "--db", db.toString(), "--torc-version", "v0.12.0").code()).isZero();
        String line = "2026-11-30T10:15:02.1Z DEBUG ThreadId(03) sqlx::query: summary=\"UPDATE job SET "
                + "unblocking_processed …\" db.statement=\"\\n\\nUPDATE job SET unblocking_processed = 1 WHERE id "
                + "IN (%s)\\n\" rows_affected=1 rows_returned=0 elapsed=1ms elapsed_secs=0.001\n";
        Path log = Files.writeString(dir.resolve("server.log"), line.formatted("4, 5") + line.formatted("9")
                + "2026-11-30T10:15:03Z DEBUG ThreadId(03) sqlx::query: summary=\"SELECT id FROM workflow\" "
                + "db.statement=\"\" rows_affected=0 rows_returned=1 elapsed=20µs elapsed_secs=0.00002\n");
        String before = Files.readString(log);
        CliRun verify = CliRun.of("verify", "--db", db.toString(), "--queries-from-log", log.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("Statements: 2 from " + log,
                "torc-server/src/server.rs:process_workflow_unblocks_inner#2", "server.log:3");
        CliRun json = CliRun.of("verify", "--db", db.toString(), "--queries-from-log", log.toString(), "--json");
        assertThat(json.out()).contains("\"executions\" : \"2\"", "\"weight\" : \"2\"");
        assertThat(Files.readString(log)).isEqualTo(before);

        CliRun both = CliRun.of("verify", "--db", db.toString(), "--queries-from-log", log.toString(), "--queries",
                log.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("give --queries or --queries-from-log, not both");
        CliRun missing = CliRun.of("advise", "--db", db.toString(), "--queries-from-log", dir.resolve("no.log")
                .toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("No query log at");
        CliRun notALog = CliRun.of("verify", "--db", db.toString(), "--queries-from-log", dir.resolve("torc.db")
                .toString());
        assertThat(notALog.code()).isEqualTo(3);
    }
}
