package io.github.torcindex.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.generator.WorkflowGenerator;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.WriteLockLog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migrate and rollback, phase by phase, on a database that another process imitating Torc's server writes to
 * ({@link TorcServerImitation}). Nothing the writer committed may be lost, none of its writes may fail, and no
 * write transaction of torc-index may hold more than one index build (or one table's ANALYZE). Prints, per
 * phase, the longest write-lock hold of torc-index and the writer's longest stall. Full size (see
 * docs/migration-runbook.md): {@code -Dtorc-index.live.workflows=20}, {@code -Dtorc-index.live.seed=N} (default
 * 42); {@code -Dtorc-index.live.noCheckpoint=true}
 * turns off the writer's automatic WAL checkpoint, {@code -Dtorc-index.live.noBackup=true} the backup.
 */
@Tag("timing")
class LiveServerIT {

    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final int workflows = Integer.getInteger("torc-index.live.workflows", 4);
    private final long seed = Long.getLong("torc-index.live.seed", 42L);

    /** One migrate or rollback run and what happened to the writer meanwhile. */
    private record Step(String name, long startMs, long endMs, MigrationReport report) {
    }

    /** A writer transaction that took longer than 20 ms. */
    private record Stall(long startMs, long ms) {
        boolean overlaps(Step step) {
            return startMs < step.endMs() && startMs + ms > step.startMs();
        }
    }

    @Test
    void migrateAndRollbackLoseNoWriteAndHoldTheWriteLockForOneIndexBuildAtMost() throws Exception {
        System.out.printf("LiveServerIT: W=%d, seed %d (generator and the writer's choice of jobs)%n", workflows, seed);
        Path db = WorkflowGenerator.create(dir.resolve("live.db"), new GeneratorOptions(workflows, 10_000, seed),
                false, GenerationProgress.NONE).database();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                TorcServerImitation.class.getName(), db.toString(), String.valueOf(seed)));
        if (Boolean.getBoolean("torc-index.live.noCheckpoint")) {
            command.add("noCheckpoint");
        }
        Process writer = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Stall> stalls = new CopyOnWriteArrayList<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        String[] done = new String[1];
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("writer's first line").isEqualTo("ready");
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    String[] f = line.split(" ");
                    switch (f[0]) {
                        case "stall" -> stalls.add(new Stall(Long.parseLong(f[1]), Long.parseLong(f[2])));
                        case "failed" -> failures.add(line);
                        case "done" -> done[0] = line;
                        default -> failures.add("unexpected: " + line);
                    }
                }
            } catch (java.io.IOException e) {
                failures.add(e.toString());
            }
        });
        reader.start();

        Thread.sleep(500);
        List<Step> steps = new ArrayList<>();
        IndexMigrator migrator = new IndexMigrator();
        boolean backup = !Boolean.getBoolean("torc-index.live.noBackup");
        for (int level = 1; level <= 4; level++) {
            int to = level;
            steps.add(step("migrate to " + to, () -> migrator.migrate(new MigrateOptions(db, to, false,
                    backup && to == 1, false, BUSY_TIMEOUT))));
            Thread.sleep(300);
        }
        for (int level = 3; level >= 0; level--) {
            int to = level;
            steps.add(step("rollback to " + to, () -> migrator.rollback(new RollbackOptions(db, to, false, false,
                    BUSY_TIMEOUT))));
            Thread.sleep(300);
        }
        writer.getOutputStream().close();
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).as("writer stopped").isTrue();
        reader.join();

        assertThat(done[0]).as("writer's summary").isNotNull();
        String[] summary = done[0].split(" ");
        long attempted = Long.parseLong(summary[1]);
        long committed = Long.parseLong(summary[2]);
        long failed = Long.parseLong(summary[3]);
        long longestStall = Long.parseLong(summary[4]);
        long found;
        try (TorcDatabase open = TorcDatabase.open(db); Statement st = open.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM event WHERE data LIKE '{\"writer\": %'")) {
            found = rs.getLong(1);
        }
        System.out.printf(Locale.ROOT, "LiveServerIT: W=%d: writer (a separate process): attempted %d, committed %d, "
                + "found afterwards %d, failed %d, longest stall %d ms%n", workflows, attempted, committed, found,
                failed, longestStall);
        for (Step step : steps) {
            long stall = stalls.stream().filter(s -> s.overlaps(step)).mapToLong(Stall::ms).max().orElse(0);
            WriteLockLog.Hold hold = step.report().facts().longestWriteLock().orElseThrow();
            System.out.printf(Locale.ROOT, "LiveServerIT: W=%d %-13s %5d ms, %3d write transactions, longest hold "
                    + "%4d ms (%s), writer's longest stall %4d ms%n", workflows, step.name(),
                    step.endMs() - step.startMs(), step.report().facts().writeLocks().size(), hold.held().toMillis(),
                    abbreviate(hold.statements()), stall);
        }

        assertThat(failures).as("writer's failed writes").isEmpty();
        assertThat(failed).as("writes that failed (busy beyond the timeout)").isZero();
        assertThat(committed).isPositive().isEqualTo(attempted);
        assertThat(found).as("writes lost").isEqualTo(committed);
        assertThat(steps.get(3).report().levelAfter()).isEqualTo(4);
        assertThat(steps.get(steps.size() - 1).report().levelAfter()).isZero();
        for (Step step : steps) {
            assertThat(step.report().facts().writeLocks()).as("%s: every write transaction holds one index build at most",
                    step.name()).allSatisfy(h -> assertThat(h.heavyStatements()).isLessThanOrEqualTo(1));
        }
    }

    @FunctionalInterface
    private interface Run {
        MigrationReport run();
    }

    private static Step step(String name, Run run) {
        long start = System.currentTimeMillis();
        MigrationReport report = run.run();
        return new Step(name, start, System.currentTimeMillis(), report);
    }

    private static String abbreviate(List<String> statements) {
        String s = String.join("; ", statements);
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
