package io.github.torcindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainIT {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path init() {
        Path db = dir.resolve("torc.db");
        assertThat(run("init", "--db", db.toString()).code()).isZero();
        return db;
    }

    @Test
    void initMigrateStatusRollbackRoundTrip() {
        Path db = init();

        CliRun up = run("migrate", "--db", db.toString(), "--to", "3");
        assertThat(up.code()).isZero();
        assertThat(up.out()).contains("level 0 -> 3", "backup: ", "CREATE", "tix_workflow_user_is_archived");

        CliRun status = run("status", "--db", db.toString(), "--json");
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("\"level\" : 3", "\"state\" : \"APPLIED\"");

        CliRun down = run("rollback", "--db", db.toString(), "--to", "0", "--no-backup");
        assertThat(down.code()).isZero();
        assertThat(down.out()).contains("level 3 -> 0", "DROP");
        assertThat(run("status", "--db", db.toString()).out()).contains("Level:      0 of 4");
    }

    @Test
    void compareTimesTheWorkloadSideBySideAndWritesEveryStatementsMedians() throws IOException {
        Path db = dir.resolve("gen.db");
        assertThat(run("generate", "--out", db.toString(), "--workflows", "2", "--jobs", "500", "--quiet").code())
                .isZero();
        Path phases = Files.copy(db, dir.resolve("phases.db"));
        assertThat(run("migrate", "--db", phases.toString(), "--to", "4", "--no-backup").code()).isZero();
        String before = sha256(db) + sha256(phases);
        Path csv = dir.resolve("statements.csv");

        CliRun compare = run("compare", "--db", db.toString(), "--with", phases.toString(), "--runs", "1",
                "--csv", csv.toString());

        assertThat(compare.code()).isZero();
        assertThat(compare.out()).contains("| gen.db |", "| phases.db |", "Wrote every statement's medians to " + csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("statement,\"gen.db ms\",\"gen.db capped\",\"phases.db ms\","
                + "\"phases.db capped\"");
        assertThat(lines).hasSizeGreaterThan(10).anySatisfy(l -> assertThat(l).startsWith("\"list_jobs\","));
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).matches("\".+\",[0-9.]+,(true|false),"
                + "[0-9.]+,(true|false)"));
        // Reads only; an existing CSV is refused before any timing.
        assertThat(sha256(db) + sha256(phases)).isEqualTo(before);
        String written = Files.readString(csv);
        CliRun again = run("compare", "--db", db.toString(), "--with", phases.toString(), "--csv", csv.toString());
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("Refusing to overwrite");
        assertThat(Files.readString(csv)).isEqualTo(written);
    }

    @Test
    void dryRunPrintsSqlWithRollbackAndChangesNothing() throws IOException {
        Path db = init();
        String before = sha256(db);

        CliRun plan = run("migrate", "--db", db.toString(), "--to", "1", "--dry-run");

        assertThat(plan.code()).isZero();
        assertThat(plan.out()).contains("Nothing was changed",
                "CREATE INDEX IF NOT EXISTS tix_job_workflow_id ON job(workflow_id);",
                "-- rollback: DROP INDEX IF EXISTS tix_job_workflow_id;");
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(dir.toFile().list()).containsExactly("torc.db");
    }

    @Test
    void statusExitsOneOnDrift() throws Exception {
        Path db = init();
        run("migrate", "--db", db.toString(), "--to", "1", "--no-backup");
        sql(db, "DROP INDEX tix_result_workflow_id");

        CliRun status = run("status", "--db", db.toString());

        assertThat(status.code()).isEqualTo(1);
        assertThat(status.out()).contains("DRIFTED", "tix_result_workflow_id", "migrate recreates it");
    }

    @Test
    void helpAndVersionSucceed() {
        assertThat(run("--version").out()).startsWith("torc-index ");
        CliRun help = run("migrate", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--dry-run", "--allow-redundant", "--no-backup", "--to <N>");
        assertThat(run("--help").out()).contains("init", "migrate", "rollback", "status", "unlock");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run().code()).isEqualTo(2);
        CliRun unknown = run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown command 'frobnicate'");
        CliRun missing = run("migrate", "--db");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("db");
        CliRun notNumber = run("migrate", "--db", "x.db", "--to", "three");
        assertThat(notNumber.code()).isEqualTo(2);
        assertThat(notNumber.err()).contains("--to needs a whole number, not 'three'");
        assertThat(run("rollback", "--db", "x.db").err()).contains("missing required option --to. See torc-index rollback --help.");
        assertThat(run("status", "--db", "x.db", "--bogus").code()).isEqualTo(2);
    }

    @Test
    void unknownLevelExitsTwoAndChangesNothing() throws IOException {
        Path db = init();
        String before = sha256(db);
        CliRun r = run("migrate", "--db", db.toString(), "--to", "9");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--to must be a level from 0 (baseline) to 4", "not 9");
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void unusableDatabasesExitThreeNamingTheFileAndStayUnchanged() throws Exception {
        Path missing = dir.resolve("missing.db");
        CliRun r = run("migrate", "--db", missing.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains(missing.toString(), "does not exist").doesNotContain("Exception");
        assertThat(missing).doesNotExist();

        Path empty = Files.createFile(dir.resolve("empty.db"));
        assertUnusable(empty, "empty");

        Path text = Files.writeString(dir.resolve("text.db"), "not a database at all, but long enough\n");
        assertUnusable(text, "not an SQLite file");

        Path other = dir.resolve("other.db");
        sql(other, "CREATE TABLE invoice (id INTEGER PRIMARY KEY)");
        assertUnusable(other, "not a Torc database");

        CliRun directory = run("status", "--db", dir.toString());
        assertThat(directory.code()).isEqualTo(3);
        assertThat(directory.err()).contains("is a directory");
    }

    @Test
    void staleLockExitsThreeAndUnlockReleasesIt() throws Exception {
        Path db = init();
        run("migrate", "--db", db.toString(), "--to", "1", "--no-backup");
        sql(db, "UPDATE DATABASECHANGELOGLOCK SET LOCKED = 1, LOCKGRANTED = '2026-11-26 09:00:00', "
                + "LOCKEDBY = 'crashed-host' WHERE ID = 1");
        String before = sha256(db);

        CliRun blocked = run("migrate", "--db", db.toString(), "--to", "2", "--no-backup");
        assertThat(blocked.code()).isEqualTo(3);
        assertThat(blocked.err()).contains("crashed-host", "torc-index unlock --db");
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(run("status", "--db", db.toString()).code()).isEqualTo(1);

        CliRun unlock = run("unlock", "--db", db.toString());
        assertThat(unlock.code()).isZero();
        assertThat(unlock.out()).contains("Released", "crashed-host");
        assertThat(run("migrate", "--db", db.toString(), "--to", "2", "--no-backup").code()).isZero();
    }

    @Test
    void databaseLockedByAnotherWriterExitsThreeUnchanged() throws Exception {
        Path db = init();
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("INSERT INTO workflow_status (id) VALUES (42)");

            CliRun r = run("migrate", "--db", db.toString(), "--to", "1", "--no-backup", "--busy-timeout", "200");

            assertThat(r.code()).isEqualTo(3);
            assertThat(r.err()).contains(db.toString()).containsIgnoringCase("lock");
            st.execute("ROLLBACK");
        }
        assertThat(run("status", "--db", db.toString()).out()).contains("Level:      0 of 4");
    }

    @Test
    void initRefusesAnExistingFile() throws IOException {
        Path keep = Files.writeString(dir.resolve("keep.db"), "precious");
        CliRun r = run("init", "--db", keep.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("already exists");
        assertThat(Files.readString(keep)).isEqualTo("precious");
    }

    @Test
    void worksWithSpacesAndNonAsciiInThePath() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("Torc données ü"));
        Path db = folder.resolve("my torc.db");
        assertThat(run("init", "--db", db.toString()).code()).isZero();
        CliRun up = run("migrate", "--db", db.toString(), "--to", "2");
        assertThat(up.code()).isZero();
        assertThat(up.out()).contains("level 0 -> 2");
    }

    @Test
    void generateCreatesADatabaseAndRefusesBadSizes() throws IOException {
        Path out = dir.resolve("gen.db");
        CliRun ok = run("generate", "--out", out.toString(), "--workflows", "2", "--jobs", "300", "--seed", "5");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("Generated 2 workflows of 300 jobs (seed 5)", "job_depends_on");
        assertThat(ok.err()).contains("generate: 2/2 workflows");
        assertThat(run("migrate", "--db", out.toString(), "--to", "1", "--no-backup").code()).isZero();

        String before = sha256(out);
        CliRun exists = run("generate", "--out", out.toString(), "--workflows", "1", "--jobs", "10");
        assertThat(exists.code()).isEqualTo(3);
        assertThat(exists.err()).contains("--force");
        assertThat(sha256(out)).isEqualTo(before);

        assertThat(run("generate", "--out", dir.resolve("z.db").toString(), "--workflows", "0").err())
                .contains("--workflows must be 1 or more, not 0");
        assertThat(run("generate", "--out", dir.resolve("z.db").toString(), "--jobs", "-3").code()).isEqualTo(2);
        CliRun absurd = run("generate", "--out", dir.resolve("z.db").toString(), "--workflows", "2000000000",
                "--jobs", "10000000");
        assertThat(absurd.code()).isEqualTo(3);
        assertThat(absurd.err()).contains("would take about");
        assertThat(run("generate", "--workflows", "1").err())
                .contains("missing required option --out or --db. See torc-index generate --help.");
        CliRun folder = run("generate", "--out", dir.toString(), "--workflows", "1", "--force");
        assertThat(folder.code()).isEqualTo(3);
        assertThat(folder.err()).contains("it is a directory");
        assertThat(dir.resolve("z.db")).doesNotExist();

        CliRun quiet = run("generate", "--db", out.toString(), "--workflows", "1", "--jobs", "50", "--quiet");
        assertThat(quiet.code()).isZero();
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void verifyExitsOneOnScansAndAdviseProposesIndexes() throws IOException {
        Path db = dir.resolve("gen.db");
        assertThat(run("generate", "--out", db.toString(), "--workflows", "3", "--jobs", "2000", "--quiet").code())
                .isZero();
        String before = sha256(db);

        CliRun verify = run("verify", "--db", db.toString(), "--large-table", "1000");
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.out()).contains("level 0", "FAIL list_jobs", "FULL_SCAN", "plan (unbound): SCAN job");

        CliRun json = run("verify", "--db", db.toString(), "--json");
        assertThat(json.out()).contains("\"unbound\"", "\"sqliteVersion\"", "\"violations\"");

        CliRun advise = run("advise", "--db", db.toString(), "--large-table", "1000");
        assertThat(advise.code()).isZero();
        assertThat(advise.out()).contains("## Indexes to add",
                "CREATE INDEX IF NOT EXISTS tia_job_depends_on_depends_on_job_id", "rows read");
        assertThat(sha256(db)).isEqualTo(before);

        // The advice as a changelog, applied with torc-index's care, leaves nothing more to advise.
        Path advice = dir.resolve("advice.xml");
        Path copy = Files.copy(db, dir.resolve("advised.db"));
        assertThat(run("advise", "--db", copy.toString(), "--large-table", "1000", "--changelog", advice.toString())
                .out()).contains("Changelog of the", advice.toString());
        assertThat(run("advise", "--db", copy.toString(), "--changelog", advice.toString()).err())
                .contains("Refusing to overwrite");
        CliRun applied = run("apply", "--db", copy.toString(), "--changelog", advice.toString(), "--no-backup");
        assertThat(applied.code()).isZero();
        assertThat(applied.out()).contains("changeset(s) applied", "advice-tia_job_depends_on_depends_on_job_id",
                "Held the write lock");
        assertThat(run("advise", "--db", copy.toString(), "--large-table", "1000").out())
                .contains("## Indexes to add (0)");
        CliRun back = run("apply", "--db", copy.toString(), "--changelog", advice.toString(), "--rollback",
                "--no-backup");
        assertThat(back.out()).contains("changeset(s) rolled back");
        assertThat(run("apply", "--db", copy.toString(), "--changelog", dir.resolve("none.xml").toString()).code())
                .isEqualTo(3);

        assertThat(run("migrate", "--db", db.toString(), "--to", "4", "--no-backup").code()).isZero();
        assertThat(run("verify", "--db", db.toString(), "--large-table", "1000").code()).isZero();
    }

    @Test
    void badQueryFilesExitThree() throws IOException {
        Path db = init();
        CliRun missing = run("verify", "--db", db.toString(), "--queries", dir.resolve("nope.sql").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("nope.sql", "does not exist");
        Path empty = Files.writeString(dir.resolve("empty.sql"), "-- nothing here\n");
        assertThat(run("advise", "--db", db.toString(), "--queries", empty.toString()).err())
                .contains("holds no statements");
        Path syntax = Files.writeString(dir.resolve("bad.sql"), "-- name: broken\nSELEC * FROM job;\n");
        String before = sha256(db);
        CliRun bad = run("verify", "--db", db.toString(), "--queries", syntax.toString());
        assertThat(sha256(db)).isEqualTo(before);
        // Reported as a finding (exit 1), with SQLite's message; the other statements would still be checked.
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("FAIL broken", "syntax error", "1 SQLite can't prepare");
        // Two statements on one line are two statements (as SQLite splits them): both planned, neither run.
        Path two = Files.writeString(dir.resolve("two.sql"), "-- name: two\nSELECT 1; DELETE FROM job;\n");
        CliRun twoResult = run("verify", "--db", db.toString(), "--queries", two.toString());
        assertThat(twoResult.code()).as(twoResult.err()).isIn(0, 1);
        assertThat(twoResult.out()).contains("Statements: 2", " two", "two.sql:2");
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void moreBadArgumentsExitTwoOrThreeAndLeaveTheDatabaseUnchanged() throws IOException {
        Path db = init();
        Path latin1 = Files.write(dir.resolve("latin1.sql"), new byte[] {(byte) 0xff, (byte) 0xfe, '-', '-', ' '});
        String before = sha256(db);
        record Case(int code, String message, String... args) {
        }
        for (Case c : List.of(
                new Case(2, "--db needs a file path", "status", "--db", ""),
                new Case(2, "--busy-timeout must be 0 or more milliseconds, not -5", "migrate", "--db", db.toString(),
                        "--to", "2", "--busy-timeout", "-5"),
                new Case(2, "--busy-timeout needs a whole number, not 'abc'", "migrate", "--db", db.toString(),
                        "--to", "2", "--busy-timeout", "abc"),
                new Case(2, "unexpected argument 'extra'", "migrate", "--db", db.toString(), "--to", "2", "extra"),
                new Case(3, "No query file at " + dir + ": it is a directory", "verify", "--db", db.toString(),
                        "--queries", dir.toString()),
                new Case(3, "it is not UTF-8 text", "verify", "--db", db.toString(), "--queries", latin1.toString()),
                new Case(3, "the file already exists", "init", "--db", db.toString()))) {
            CliRun r = run(c.args());
            assertThat(r.code()).as(String.join(" ", c.args())).isEqualTo(c.code());
            assertThat(r.err()).as(String.join(" ", c.args())).contains(c.message());
            assertThat(sha256(db)).as(String.join(" ", c.args())).isEqualTo(before);
        }
    }

    @Test
    void benchRefusesAFileAsItsOutputFolderBeforeRunningAnything() throws IOException {
        Path db = init();
        String before = sha256(db);
        CliRun bench = run("bench", "--out", db.toString(), "--quick");
        assertThat(bench.code()).isEqualTo(3);
        assertThat(bench.err()).contains("it is a file, and --out needs a folder");
        assertThat(bench.out()).doesNotContain("Benchmarking");
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void damagedAndForeignDatabasesExitThreeAndStayByteForByteUnchanged() throws Exception {
        Path good = init();
        byte[] bytes = Files.readAllBytes(good);

        Path truncated = Files.write(dir.resolve("truncated.db"), java.util.Arrays.copyOf(bytes, 5000));
        Path corrupt = Files.write(dir.resolve("corrupt.db"), bytes.clone());
        try (var f = new java.io.RandomAccessFile(corrupt.toFile(), "rw")) {
            f.seek(4096);
            f.write(new byte[8192]);
        }
        Path missingTable = copy(good, "missing-table.db", "DROP TABLE event");
        Path missingColumn = copy(good, "missing-column.db", "DROP INDEX idx_job_unblocking_pending",
                "DROP INDEX idx_job_workflow_unblocking", "ALTER TABLE job DROP COLUMN unblocking_processed");
        Path edited = copy(good, "edited.db");
        assertThat(run("migrate", "--db", edited.toString(), "--to", "1", "--no-backup").code()).isZero();
        sql(edited, "UPDATE DATABASECHANGELOG SET MD5SUM = '9:00000000000000000000000000000000' "
                + "WHERE ID = 'tix_job_workflow_id'");
        sql(edited, "PRAGMA wal_checkpoint(TRUNCATE)");

        for (Object[] c : new Object[][] {
                {truncated, "malformed"}, {corrupt, "malformed"}, {missingTable, "missing table event"},
                {missingColumn, "missing column job.unblocking_processed"}, {edited, "history disagrees"}}) {
            Path file = (Path) c[0];
            String before = sha256(file);
            CliRun r = run("migrate", "--db", file.toString(), "--to", "2", "--no-backup");
            assertThat(r.code()).as(file.getFileName().toString()).isEqualTo(3);
            assertThat(r.err()).contains(file.toString(), (String) c[1]).doesNotContain("\tat ");
            assertThat(sha256(file)).as(file.getFileName().toString()).isEqualTo(before);
        }
    }

    @Test
    void readOnlyFileAndFolderExitThreeUnchanged() throws Exception {
        Path good = init();
        Path readOnly = copy(good, "ro.db");
        Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        String before = sha256(readOnly);
        CliRun r = run("migrate", "--db", readOnly.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("the file is read-only");
        assertThat(sha256(readOnly)).isEqualTo(before);

        Path folder = Files.createDirectory(dir.resolve("ro-folder"));
        Path inside = Files.copy(good, folder.resolve("t.db"));
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun f = run("migrate", "--db", inside.toString());
            assertThat(f.code()).isEqualTo(3);
            assertThat(f.err()).contains("its folder", "read-only");
            assertThat(folder.toFile().list()).containsExactly("t.db");
        } finally {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private Path copy(Path source, String name, String... statements) throws Exception {
        Path target = Files.copy(source, dir.resolve(name));
        for (String statement : statements) {
            sql(target, statement);
        }
        if (statements.length > 0) {
            sql(target, "PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return target;
    }

    private void assertUnusable(Path file, String message) throws IOException {
        String before = sha256(file);
        for (String[] args : new String[][] {
                {"migrate", "--db", file.toString()}, {"rollback", "--db", file.toString(), "--to", "0"},
                {"status", "--db", file.toString()}, {"unlock", "--db", file.toString()}}) {
            CliRun r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(3);
            assertThat(r.err()).contains(file.toString(), message).doesNotContain("\tat ");
        }
        assertThat(sha256(file)).isEqualTo(before);
    }

    private static void sql(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
