package io.github.torcindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.bench.GenerationProgress;
import io.github.torcindex.bench.GeneratorOptions;
import io.github.torcindex.bench.WorkflowGenerator;
import io.github.torcindex.indexer.IndexMigrator;
import io.github.torcindex.indexer.IndexState;
import io.github.torcindex.indexer.MigrateOptions;
import io.github.torcindex.indexer.RollbackOptions;
import io.github.torcindex.indexer.StatusReport;
import io.github.torcindex.schema.ContentDigest;
import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code torc-index migrate} and {@code rollback}, running as separate processes, with SIGKILL at random
 * moments, then checks that nothing was lost and the next run repairs everything. The small version runs in
 * {@code mvn verify}; the full one (docs/reliability.md):
 * {@code ./mvnw -B verify -pl cli -am -Dit.test=MigrateCrashIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtorc-index.crash.kills=20 -Dtorc-index.crash.workflows=20}.
 */
class MigrateCrashIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final int kills = Integer.getInteger("torc-index.crash.kills", 3);
    private final int workflows = Integer.getInteger("torc-index.crash.workflows", 6);
    private final long seed = Long.getLong("torc-index.crash.seed", System.nanoTime() % 100_000);

    @Test
    void killedMigrationsAndRollbacksLoseNothingAndTheNextRunRepairs() throws Exception {
        System.out.printf("MigrateCrashIT: seed %d, %d kills per operation, %d workflows%n", seed, kills, workflows);
        Path base = WorkflowGenerator.create(dir.resolve("base.db"), new GeneratorOptions(workflows, 10_000, 42L),
                false, GenerationProgress.NONE).database();
        Map<String, String> content = digest(base);
        Path level3 = dir.resolve("level3.db");
        Files.copy(base, level3);
        new IndexMigrator().migrate(new MigrateOptions(level3, 3, false, false, false, TIMEOUT));
        Random random = new Random(seed);
        int lockLeft = 0;
        for (int k = 0; k < kills * 2; k++) {
            boolean migrate = k % 2 == 0;
            Path db = dir.resolve("kill-" + k + ".db");
            Files.copy(migrate ? base : level3, db);
            long delay = 300 + random.nextInt(2_200);
            String outcome = killAfter(db, migrate, delay);
            try (TorcDatabase open = TorcDatabase.open(db)) {
                assertThat(single(open, "PRAGMA integrity_check")).as("kill %d after %d ms", k, delay).isEqualTo("ok");
                assertThat(ContentDigest.of(open)).as("kill %d after %d ms", k, delay).isEqualTo(content);
            }
            IndexMigrator migrator = new IndexMigrator();
            StatusReport after = migrator.status(db, TIMEOUT);
            if (after.lockedBy().isPresent()) {
                lockLeft++;
                migrator.unlock(db, TIMEOUT);
            }
            System.out.printf("MigrateCrashIT: %s killed after %d ms (%s): level %d, lock %s%n",
                    migrate ? "migrate" : "rollback", delay, outcome, after.level(),
                    after.lockedBy().isPresent() ? "left held" : "free");
            if (migrate) {
                migrator.migrate(new MigrateOptions(db, 3, false, false, false, TIMEOUT));
                StatusReport repaired = migrator.status(db, TIMEOUT);
                assertThat(repaired.level()).isEqualTo(3);
                assertThat(repaired.indexes()).allMatch(s -> s.state() == IndexState.APPLIED);
            } else {
                migrator.rollback(new RollbackOptions(db, 0, false, false, TIMEOUT));
                StatusReport repaired = migrator.status(db, TIMEOUT);
                assertThat(repaired.level()).isZero();
                assertThat(repaired.indexes()).allMatch(s -> s.state() == IndexState.PENDING
                        || s.state() == IndexState.UNRECORDED);
            }
            try (TorcDatabase open = TorcDatabase.open(db)) {
                assertThat(ContentDigest.of(open)).isEqualTo(content);
            }
            Files.deleteIfExists(db);
        }
        System.out.printf("MigrateCrashIT: %d of %d kills left Liquibase's lock held (released with unlock)%n",
                lockLeft, kills * 2);
    }

    /** Runs the CLI in a new JVM on {@code db} and kills it (SIGKILL) after {@code delayMs}, unless it ended. */
    private static String killAfter(Path db, boolean migrate, long delayMs) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = migrate
                ? List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "migrate",
                        "--db", db.toString(), "--to", "3", "--no-backup")
                : List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "rollback",
                        "--db", db.toString(), "--to", "0", "--no-backup");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
            return "finished first, exit " + process.exitValue();
        }
        process.destroyForcibly();
        process.waitFor();
        return "killed";
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
