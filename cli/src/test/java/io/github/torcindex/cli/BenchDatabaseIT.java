package io.github.torcindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --db}: a copy of a database built by Torc's migrations, benchmarked with a workload file. */
class BenchDatabaseIT {

    @TempDir
    Path dir;

    private Path torcDatabase() {
        Path db = dir.resolve("torc.db");
        CliRun gen = CliRun.of("generate", "--out", db.toString(), "--workflows", "1", "--jobs", "400",
                "--torc-version", "v0.12.0");
        assertThat(gen.code()).as(gen.err()).isZero();
        return db;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void badOptionsAreRefusedBeforeAnythingIsCopiedOrTimed() throws Exception {
        Path db = torcDatabase();
        String before = sha256(db);
        Path out = dir.resolve("run");
        Path cache = dir.resolve("cache");
        record Case(int code, String message, String... args) {
        }
        for (Case c : new Case[] {
            new Case(2, "--workflows sizes a generated database", "bench", "--db", db.toString(), "--workflows", "3",
                    "--out", out.toString()),
            new Case(2, "--queries goes with --db", "bench", "--queries", db.toString(), "--out", out.toString()),
            new Case(2, "shipped is a level of --db", "bench", "--levels", "shipped", "--out", out.toString()),
            new Case(2, "not both", "bench", "--db", db.toString(), "--torc-version", "v0.12.0", "--out",
                    out.toString()),
            new Case(2, "a database's levels are", "bench", "--db", db.toString(), "--levels", "0", "--out",
                    out.toString()),
            new Case(3, "does not exist", "bench", "--db", dir.resolve("missing.db").toString(), "--out",
                    out.toString(), "--cache", cache.toString()),
            new Case(2, "--only: no read statement named 'nope'", "bench", "--db", db.toString(), "--only", "nope",
                    "--out", out.toString(), "--cache", cache.toString()),
            new Case(3, "No query file at", "bench", "--db", db.toString(), "--queries",
                    dir.resolve("none.sql").toString(), "--out", out.toString(), "--cache", cache.toString()),
            new Case(2, "--shipped: the seed baseline is the matrix's own level 0", "bench", "--shipped", "seed",
                    "--out", out.toString(), "--cache", cache.toString()),
            new Case(2, "--shipped: ", "bench", "--shipped", "v9.9.9", "--out", out.toString(), "--cache",
                    cache.toString()),
            new Case(2, "--shipped goes with the generated matrix", "bench", "--db", db.toString(), "--shipped",
                    "v0.12.0", "--out", out.toString(), "--cache", cache.toString()),
            new Case(2, "--top must be 0 (no limit) or more, not -1", "bench", "--db", db.toString(), "--top", "-1",
                    "--out", out.toString(), "--cache", cache.toString())}) {
            CliRun r = CliRun.of(c.args());
            assertThat(r.code()).as(String.join(" ", c.args()) + "\n" + r.err()).isEqualTo(c.code());
            assertThat(r.err()).as(String.join(" ", c.args())).contains(c.message());
        }
        assertThat(dir.resolve("missing.db")).doesNotExist();
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(cache.toFile().list()).as("nothing copied").isNullOrEmpty();
    }

    @Test
    @Tag("timing")
    void benchmarksACopyAtTheLevelsOnTopOfItAndReportsAgainstShipped() throws Exception {
        Path db = torcDatabase();
        String before = sha256(db);
        Path workload = Files.writeString(dir.resolve("workload.sql"), """
                -- name: jobs_of_status
                SELECT id, name FROM job WHERE workflow_id = ? AND status = ? ORDER BY id;
                -- name: consumers_of_file
                SELECT job_id FROM job_input_file WHERE file_id = ?;
                -- name: set_status
                -- weight: 100
                UPDATE job SET status = ? WHERE id = ?;
                """);
        Path out = dir.resolve("run");
        CliRun bench = CliRun.of("bench", "--db", db.toString(), "--queries", workload.toString(), "--levels",
                "shipped,3", "--all", "--quick", "--out", out.toString(), "--cache", dir.resolve("cache").toString());
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.err()).contains("bench: preparing level 3 (migrate --to 3) on a copy",
                "bench: 1/6 read jobs_of_status at level shipped", "bench: 2/6 read jobs_of_status at level 3",
                "write set_status at level 3", "left)");
        assertThat(sha256(db)).as("the original is only read").isEqualTo(before);
        assertThat(out.resolve("jmh-reads-0.json")).content().contains("WorkloadBenchmarks.read", "\"level\" : \"shipped\"");
        assertThat(out.resolve("jmh-writes-2.json")).content().contains("WorkloadBenchmarks.write", "\"level\" : \"3\"");
        assertThat(out.resolve("environment.json")).content().contains("\"mode\" : \"database\"",
                "\"sha256After\" : \"" + before + "\"", "Torc v0.12.0");

        CliRun report = CliRun.of("report", "--in", out.toString(), "--out", out.resolve("report").toString());
        assertThat(report.code()).as(report.err()).isZero();
        String md = Files.readString(out.resolve("report/report.md"));
        assertThat(md).contains("## What each level does to this database", "| shipped | ", "| 3 | ",
                "## Hot writes", "| set_status | ", "tix_job_input_file_file_id", "jobs_of_status",
                "SHA-256 " + before.substring(0, 16) + " before and the same after",
                "## Plan checks (verify) at each level", "| shipped | ");
        assertThat(Files.readString(out.resolve("report/report.html"))).contains("data:image/png;base64,");
    }
}
