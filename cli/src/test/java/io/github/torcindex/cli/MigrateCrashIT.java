package io.github.torcindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.generator.WorkflowGenerator;
import io.github.torcindex.indexer.IndexMigrator;
import io.github.torcindex.indexer.IndexState;
import io.github.torcindex.indexer.MigrateOptions;
import io.github.torcindex.indexer.MigrationReport;
import io.github.torcindex.indexer.RollbackOptions;
import io.github.torcindex.indexer.StatusReport;
import io.github.torcindex.schema.ContentDigest;
import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code torc-index migrate --to 4} (from level 0) and {@code rollback --to 0} (from level 4), running as
 * separate processes, with SIGKILL at moments spread over the whole run, then checks that nothing was lost and
 * that the next run repairs everything.
 *
 * <p>Kill moments are chosen by progress, not only by time: the harness watches the database from another
 * connection (a reader, as Torc's clients are) and counts each change of its progress (indexes present plus
 * history rows); kill number k waits for progress step k * (P + 1) / kills of the P steps the operation takes,
 * then a further random 0-150 ms, so that kills land inside every index build, every ANALYZE and every history
 * write, not mostly in JVM start-up. Progress step 0 kills after a random 300-2,500 ms instead (start-up, lock,
 * history reads). The small version runs in {@code mvn verify}; the full one (docs/reliability.md):
 * {@code ./mvnw -B verify -pl cli -am -Dit.test=MigrateCrashIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dinvoker.skip -Dtorc-index.crash.kills=20 -Dtorc-index.crash.workflows=20 -Dtorc-index.crash.seed=N}.
 */
@Tag("timing")
class MigrateCrashIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int TOP = 4;

    @TempDir
    Path dir;

    private final int kills = Integer.getInteger("torc-index.crash.kills", 3);
    private final int workflows = Integer.getInteger("torc-index.crash.workflows", 6);
    private final long seed = Long.getLong("torc-index.crash.seed", 42L);

    /** What one kill did. */
    private record Kill(String operation, long pid, long progressAtKill, boolean killed) {
    }

    @Test
    void killedMigrationsAndRollbacksLoseNothingAndTheNextRunRepairs() throws Exception {
        System.out.printf("MigrateCrashIT: seed %d, %d kills per operation, %d workflows%n", seed, kills, workflows);
        Path base = WorkflowGenerator.create(dir.resolve("base.db"), new GeneratorOptions(workflows, 10_000, 42L),
                false, GenerationProgress.NONE).database();
        Map<String, String> content = digest(base);
        Path top = dir.resolve("level" + TOP + ".db");
        Files.copy(base, top);
        new IndexMigrator().migrate(new MigrateOptions(top, TOP, false, false, false, TIMEOUT));
        long steps = Math.abs(progress(top) - progress(base));
        System.out.printf("MigrateCrashIT: each operation takes %d progress steps%n", steps);
        Random random = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        int lockLeft = 0;
        int killed = 0;
        for (int k = 0; k < kills * 2; k++) {
            boolean migrate = k % 2 == 0;
            int step = (int) ((k / 2) * (steps + 1) / kills);
            long extra = step == 0 ? 300 + random.nextInt(2_200) : random.nextInt(151);
            Path db = dir.resolve("kill-" + k + ".db");
            Files.copy(migrate ? base : top, db);
            Kill kill = killAt(db, migrate, step, extra);
            String what = String.format(Locale.ROOT, "kill %d (%s, step %d + %d ms)", k, kill.operation(), step, extra);
            try (TorcDatabase open = TorcDatabase.open(db)) {
                assertThat(single(open, "PRAGMA integrity_check")).as(what).isEqualTo("ok");
                assertThat(single(open, "SELECT count(*) FROM pragma_foreign_key_check")).as(what).isEqualTo("0");
                assertThat(ContentDigest.of(open)).as(what).isEqualTo(content);
            }
            IndexMigrator migrator = new IndexMigrator();
            StatusReport after = migrator.status(db, TIMEOUT);
            boolean lock = after.lockedBy().isPresent();
            if (lock) {
                // A kill while Liquibase held its lock leaves the lock row behind; torc-index marked it with the
                // killed process's pid, so status calls it stale and the next run releases it by itself.
                lockLeft++;
                assertThat(after.lockedBy()).as(what).get().asString()
                        .contains("#torc-index-pid-" + kill.pid() + " ", "stale: torc-index process " + kill.pid());
            }
            killed += kill.killed() ? 1 : 0;
            outcomes.merge(kill.operation() + (kill.killed() ? " killed at level " + after.level()
                    : " finished first"), 1, Integer::sum);
            System.out.printf(Locale.ROOT, "MigrateCrashIT: %s: %s at progress %d, level %d after, lock %s%n", what,
                    kill.killed() ? "killed" : "finished first", kill.progressAtKill(), after.level(),
                    lock ? "left held (stale, released by the next run)" : "free");
            if (migrate) {
                MigrationReport next = migrator.migrate(new MigrateOptions(db, TOP, false, false, false, TIMEOUT));
                assertThat(next.facts().releasedLock().isPresent()).as(what).isEqualTo(lock);
                StatusReport repaired = migrator.status(db, TIMEOUT);
                assertThat(repaired.level()).as(what).isEqualTo(TOP);
                assertThat(repaired.indexes()).as(what).allMatch(s -> s.state() == IndexState.APPLIED);
                assertThat(repaired.statistics()).as(what).isTrue();
            } else {
                MigrationReport next = migrator.rollback(new RollbackOptions(db, 0, false, false, TIMEOUT));
                assertThat(next.facts().releasedLock().isPresent()).as(what).isEqualTo(lock);
                StatusReport repaired = migrator.status(db, TIMEOUT);
                assertThat(repaired.level()).as(what).isZero();
                assertThat(repaired.indexes()).as(what).allMatch(s -> s.state() == IndexState.PENDING);
            }
            try (TorcDatabase open = TorcDatabase.open(db)) {
                assertThat(single(open, "PRAGMA integrity_check")).as(what).isEqualTo("ok");
                assertThat(ContentDigest.of(open)).as(what).isEqualTo(content);
            }
            Files.deleteIfExists(db);
        }
        System.out.printf("MigrateCrashIT: seed %d: %d processes, %d killed, outcomes %s; %d kills left Liquibase's "
                + "lock held (each released by the next run); every check passed%n", seed, kills * 2, killed, outcomes,
                lockLeft);
    }

    /**
     * Runs the CLI in a new JVM on {@code db}, waits until the database has moved {@code step} progress steps
     * (or, for step 0, not at all), waits {@code extraMs} more and kills it (SIGKILL), unless it ended first.
     */
    private static Kill killAt(Path db, boolean migrate, int step, long extraMs) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String operation = migrate ? "migrate" : "rollback";
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                operation, "--db", db.toString(), "--to", migrate ? String.valueOf(TOP) : "0", "--no-backup");
        long start = progress(db);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            long moved = 0;
            while (process.isAlive() && moved < step) {
                Thread.sleep(2);
                moved = moved(reader, start, moved);
            }
            if (process.waitFor(extraMs, TimeUnit.MILLISECONDS)) {
                return new Kill(operation, process.pid(), moved(reader, start, moved), false);
            }
            process.destroyForcibly();
            process.waitFor();
            return new Kill(operation, process.pid(), moved(reader, start, moved), true);
        }
    }

    /** Indexes of torc-index present plus rows of Liquibase's history: every changeset moves it by 1 or 2. */
    private static long progress(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return progress(c);
        }
    }

    private static long progress(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'tix\\_%' ESCAPE '\\')"
                + " + (SELECT count(*) FROM DATABASECHANGELOG)")) {
            return rs.getLong(1);
        }
    }

    /** How far the database has moved from {@code start}; {@code last} when it can't be read just now. */
    private static long moved(Connection reader, long start, long last) {
        try {
            return Math.abs(progress(reader) - start);
        } catch (SQLException e) {
            return last; // busy or a schema change under way: read again at the next poll
        }
    }

    private static Map<String, String> digest(Path db) {
        try (TorcDatabase open = TorcDatabase.open(db)) {
            return ContentDigest.of(open);
        }
    }

    private static String single(TorcDatabase db, String sql) throws Exception {
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getString(1);
        }
    }
}
