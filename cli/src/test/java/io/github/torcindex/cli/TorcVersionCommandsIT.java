package io.github.torcindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init --torc-version, status's Torc line and upgrade-check, from the command line. */
class TorcVersionCommandsIT {

    @TempDir
    Path dir;

    @Test
    void initCreatesEachKnownSchemaAndListsThem() {
        CliRun list = CliRun.of("init", "--list-versions");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("seed ", "v0.12.0 ", "20261007000002");

        Path db = dir.resolve("v012.db");
        CliRun init = CliRun.of("init", "--db", db.toString(), "--torc-version", "v0.12.0");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains(": Torc v0.12.0, SQLite ");
        CliRun status = CliRun.of("status", "--db", db.toString());
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("Torc:       Torc v0.12.0, newest migration 20260206000000 of 12");
        assertThat(CliRun.of("status", "--db", db.toString(), "--json").out())
                .contains("\"torcVersion\"", "\"newestMigration\" : 20260206000000");

        CliRun unknown = CliRun.of("init", "--db", dir.resolve("x.db").toString(), "--torc-version", "v9");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown Torc version 'v9'");
        assertThat(dir.resolve("x.db")).doesNotExist();
        assertThat(CliRun.of("init").err()).contains("missing required option --db");
    }

    @Test
    void generateOutCreatesAndFillsATorcVersionsSchema() {
        Path db = dir.resolve("g.db");
        CliRun generate = CliRun.of("generate", "--out", db.toString(), "--torc-version", "v0.25.1", "--workflows",
                "2", "--jobs", "300", "--quiet");
        assertThat(generate.code()).as(generate.err()).isZero();
        assertThat(generate.out()).containsPattern("slurm_stats +[1-9][0-9]* rows").contains("async_handle");
        assertThat(CliRun.of("status", "--db", db.toString()).out()).contains("Torc:       Torc v0.25.1");
        CliRun wrong = CliRun.of("generate", "--db", db.toString(), "--torc-version", "v0.12.0");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("--torc-version goes with --out");
    }

    @Test
    void upgradeCheckExitsOneWhenAMigrationLosesRowsAndLeavesTheDatabaseAsItWas() throws Exception {
        Path db = dir.resolve("torc.db");
        assertThat(CliRun.of("init", "--db", db.toString(), "--torc-version", "v0.12.0").code()).isZero();
        assertThat(CliRun.of("generate", "--db", db.toString(), "--workflows", "1", "--jobs", "200", "--quiet")
                .code()).isZero();
        Path migrations = Files.createDirectory(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("20270102000000_rebuild_workflow.up.sql"), """
                PRAGMA foreign_keys = OFF;
                CREATE TABLE workflow_new AS SELECT * FROM workflow;
                DROP TABLE workflow;
                ALTER TABLE workflow_new RENAME TO workflow;
                """);
        String before = sha256(db);

        CliRun check = CliRun.of("upgrade-check", "--db", db.toString(), "--migrations", migrations.toString());

        assertThat(check.code()).as(check.err()).isEqualTo(1);
        assertThat(check.out()).contains("LOSES ROWS 20270102000000_rebuild_workflow.up.sql", "job: 200 rows lost",
                "Problems found");
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(CliRun.of("upgrade-check", "--db", db.toString(), "--migrations", migrations.toString(),
                "--json").out()).contains("\"rowsLost\"", "\"job\" : 200");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
