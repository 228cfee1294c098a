package io.github.torcindex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.generator.WorkflowGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input and hostile conditions, tried as a user would: each leaves the user's files as they were. */
class UserFileSafetyIT {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path init(Path db) {
        assertThat(run("init", "--db", db.toString()).code()).isZero();
        return db;
    }

    @Test
    void generateNeverReplacesADeviceFifoOrFolderAndTakesATrailingSlashForAFolder() throws Exception {
        Path fifo = dir.resolve("fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Path folder = Files.createDirectory(dir.resolve("folder"));
        for (String out : List.of("/dev/null", fifo.toString(), folder.toString())) {
            CliRun r = run("generate", "--out", out, "--force", "--workflows", "1", "--jobs", "10", "--quiet");
            assertThat(r.code()).as(out).isEqualTo(3);
            assertThat(r.err()).as(out).contains("Refusing to write a database to", "never replaces one");
        }
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(folder).isEmptyDirectory();

        CliRun slash = run("generate", "--out", dir.resolve("newdir") + "/", "--workflows", "1", "--jobs", "10");
        assertThat(slash.code()).isEqualTo(2);
        assertThat(slash.err()).contains("ends with a slash, so it names a folder");
        assertThat(dir.resolve("newdir")).doesNotExist();
    }

    @Test
    void optionsGivenTwiceAndLevelsOutOfRangeAreRefused() throws Exception {
        Path db = init(dir.resolve("torc.db"));
        String before = sha256(db);
        CliRun twice = run("migrate", "--db", db.toString(), "--db", dir.resolve("b.db").toString());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("--db is given 2 times");
        assertThat(run("migrate", "--db", db.toString(), "--to", "3", "--to", "1").err())
                .contains("--to is given 2 times");
        CliRun huge = run("migrate", "--db", db.toString(), "--to", "4294967297");
        assertThat(huge.code()).isEqualTo(2);
        assertThat(huge.err()).contains("from 0 (baseline) to 4");
        assertThat(run("advise", "--db", db.toString(), "--markdown").code()).isEqualTo(2);
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(dir.resolve("b.db")).doesNotExist();
    }

    @Test
    void verifyAndAdviseOnALockedDatabaseExitThree() throws Exception {
        Path db = init(dir.resolve("torc.db"));
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = writer.createStatement()) {
            st.execute("PRAGMA journal_mode=DELETE");
            st.execute("BEGIN EXCLUSIVE");
            for (String command : List.of("verify", "advise", "status")) {
                CliRun r = run(command, "--db", db.toString(), "--busy-timeout", "100");
                assertThat(r.code()).as(command).isEqualTo(3);
                assertThat(r.err()).as(command).contains(db.toString(), "lock").doesNotContain("internal error");
            }
            st.execute("ROLLBACK");
        }
    }

    @Test
    void statusLeavesAWriteAheadLogItFindsExactlyAsItWas() throws Exception {
        Path db = init(dir.resolve("torc.db"));
        Path wal = Path.of(db + "-wal");
        try (Connection server = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = server.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.execute("INSERT INTO workflow_status (id, run_id) VALUES (7, 0)");
            // A server that crashed leaves its -wal behind: copy it before the connection checkpoints on close.
            Files.copy(wal, dir.resolve("saved-wal"));
        }
        Files.copy(dir.resolve("saved-wal"), wal);
        String walBefore = sha256(wal);
        String dbBefore = sha256(db);

        assertThat(run("status", "--db", db.toString()).code()).isZero();
        assertThat(run("verify", "--db", db.toString()).code()).isIn(0, 1);

        assertThat(wal).exists();
        assertThat(sha256(wal)).isEqualTo(walBefore);
        assertThat(sha256(db)).isEqualTo(dbBefore);
    }

    @Test
    void aFullDiskIsExitThreeWithOneMessageAndNoStackTrace() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("small"));
        assumeTrue(mount(mount, "8m"), "needs root to mount a small tmpfs");
        try {
            Path source = dir.resolve("source.db");
            WorkflowGenerator.create(source, new GeneratorOptions(1, 4_000, 3), false, GenerationProgress.NONE);
            Path db = Files.copy(source, mount.resolve("torc.db"));
            long size = Files.size(db);
            // Leave less room than a backup needs: migrate refuses before writing anything.
            fill(mount, size / 2);
            String before = sha256(db);
            CliRun r = run("migrate", "--db", db.toString());
            assertThat(r.code()).isEqualTo(3);
            assertThat(r.err()).contains("No room for the backup", mount.toString(), "free")
                    .doesNotContain("\tat ").hasLineCount(1);
            assertThat(sha256(db)).isEqualTo(before);
            assertThat(Files.list(mount).map(p -> p.getFileName().toString())).containsOnly("torc.db", "filler");

            // Without a backup the index builds themselves run out of room.
            fill(mount, 64 * 1024);
            CliRun full = run("migrate", "--db", db.toString(), "--no-backup");
            assertThat(full.code()).isEqualTo(3);
            assertThat(full.err()).contains("is full", mount.toString()).doesNotContain("\tat ");
            assertThat(query(db, "PRAGMA integrity_check")).isEqualTo("ok");
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    @Test
    void sigtermDuringMigrateReleasesTheLockAndSaysWhereTheDatabaseIs() throws Exception {
        Path db = dir.resolve("big.db");
        WorkflowGenerator.create(db, new GeneratorOptions(6, 10_000, 5), false, GenerationProgress.NONE);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "migrate", "--db", db.toString()).redirectErrorStream(true).start();
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (process.isAlive() && System.nanoTime() < deadline && count(reader,
                    "SELECT count(*) FROM sqlite_master WHERE name LIKE 'tix_%'") < 2) {
                Thread.sleep(5);
            }
        }
        assumeTrue(process.isAlive(), "migrate finished before it could be interrupted");
        // SIGTERM, which Ctrl-C's SIGINT shares its handling with: a JVM started in the background (as CI and
        // Maven start this one) inherits SIGINT as ignored, SIGTERM never.
        new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).start().waitFor();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isEqualTo(143);
        assertThat(output).contains("Stopped by an interrupt", "is at level", "torc-index migrate --db")
                .doesNotContain("\tat ");
        assertThat(query(db, "SELECT count(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = 1")).isEqualTo("0");
        assertThat(query(db, "PRAGMA integrity_check")).isEqualTo("ok");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial"));
        }
        // Status agrees with the level the message named; a phase cut short shows as an interrupted run (exit 1).
        CliRun status = run("status", "--db", db.toString(), "--json");
        String level = output.replaceAll("(?s).*is at level (\\d+).*", "$1");
        assertThat(status.out()).contains("\"level\" : " + level);
        assertThat(status.code()).isIn(0, 1);
        assertThat(run("migrate", "--db", db.toString(), "--no-backup").code()).isZero();
        assertThat(run("status", "--db", db.toString()).code()).isZero();
    }

    private static boolean mount(Path mount, String size) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        return p.waitFor() == 0;
    }

    /** Fills the file system of {@code folder} until only about {@code leave} bytes are free. */
    private static void fill(Path folder, long leave) throws IOException {
        Path filler = folder.resolve("filler");
        long free = Files.getFileStore(folder).getUsableSpace();
        long add = free - leave;
        if (add > 0) {
            try (var out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND)) {
                byte[] block = new byte[64 * 1024];
                for (long n = 0; n < add; n += block.length) {
                    out.write(block, 0, (int) Math.min(block.length, add - n));
                }
            }
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String query(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
