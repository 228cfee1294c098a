package io.github.torcindex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.indexer.IndexMigrator;
import io.github.torcindex.indexer.MigrateOptions;
import io.github.torcindex.indexer.MigrationReport;
import io.github.torcindex.indexer.RollbackOptions;
import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migrate and rollback on a database that a writer imitating Torc's server is using: WAL, foreign keys on, a
 * 30 s busy timeout, short transactions that claim a job, complete it, insert its result and an event. Nothing
 * the writer committed may be lost. The writer runs on its own connection (SQLite locks the same way across
 * connections as across processes). Full size: {@code -Dtorc-index.live.workflows=20} (docs/migration-runbook.md);
 * {@code -Dtorc-index.live.noCheckpoint=true} turns off the writer's automatic WAL checkpoint, to see what part
 * of its stalls that explains.
 */
class LiveServerIT {

    @TempDir
    Path dir;

    private final int workflows = Integer.getInteger("torc-index.live.workflows", 4);

    @Test
    void migrateAndRollbackLoseNoWriteAndStallTheWriterAtMostOneIndexBuild() throws Exception {
        Path db = WorkflowGenerator.create(dir.resolve("live.db"), new GeneratorOptions(workflows, 10_000, 42L), false,
                GenerationProgress.NONE).database();
        Writer writer = new Writer(db);
        Thread thread = new Thread(writer, "torc-server-imitation");
        thread.start();
        Thread.sleep(500);
        long t0 = System.nanoTime();
        MigrationReport up = new IndexMigrator().migrate(new MigrateOptions(db, 4, false,
                !Boolean.getBoolean("torc-index.live.noBackup"), false, Duration.ofSeconds(30)));
        long migrateMs = (System.nanoTime() - t0) / 1_000_000;
        Thread.sleep(300);
        long t1 = System.nanoTime();
        MigrationReport down = new IndexMigrator().rollback(new RollbackOptions(db, 0, false, false,
                Duration.ofSeconds(30)));
        long rollbackMs = (System.nanoTime() - t1) / 1_000_000;
        Thread.sleep(300);
        writer.stop.set(true);
        thread.join();

        long found;
        try (TorcDatabase open = TorcDatabase.open(db); Statement st = open.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM event WHERE data LIKE '{\"writer\": %'")) {
            found = rs.getLong(1);
        }
        System.out.printf("LiveServerIT: W=%d: writes attempted %d, committed %d, found afterwards %d, failed %d; "
                + "writer's longest stall %d ms; migrate to level 4 %d ms (backup included), rollback to 0 %d ms%n",
                workflows, writer.attempted.get(), writer.committed.get(), found, writer.failed.get(),
                writer.longestStallMs.get(), migrateMs, rollbackMs);
        assertThat(up.levelAfter()).isEqualTo(4);
        assertThat(down.levelAfter()).isZero();
        assertThat(writer.committed.get()).isPositive();
        assertThat(found).as("writes lost").isEqualTo(writer.committed.get());
        assertThat(writer.failed.get()).as("writes that failed (busy beyond the timeout)").isZero();
    }

    /** Claims a job, completes it, inserts its result and an event, in one short transaction, over and over. */
    private static final class Writer implements Runnable {
        final Path db;
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong attempted = new AtomicLong();
        final AtomicLong committed = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong longestStallMs = new AtomicLong();

        Writer(Path db) {
            this.db = db;
        }

        @Override
        public void run() {
            try (TorcDatabase open = TorcDatabase.open(db, TorcDatabase.Access.READ_WRITE, Duration.ofSeconds(30))) {
                Connection c = open.connection();
                if (Boolean.getBoolean("torc-index.live.noCheckpoint")) {
                    try (Statement st = c.createStatement()) {
                        st.execute("PRAGMA wal_autocheckpoint = 0");
                    }
                }
                long maxJob;
                long node;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT max(id), (SELECT min(id) FROM compute_node) FROM job")) {
                    maxJob = rs.getLong(1);
                    node = rs.getLong(2);
                }
                try (PreparedStatement claim = c.prepareStatement("UPDATE job SET status = 5 WHERE id = ?");
                     PreparedStatement result = c.prepareStatement("INSERT INTO result (workflow_id, job_id, run_id, "
                             + "attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status) "
                             + "SELECT workflow_id, id, 100 + ?, 1, ?, 0, 0.5, '2026-11-26T00:00:00Z', 5 FROM job "
                             + "WHERE id = ?");
                     PreparedStatement event = c.prepareStatement("INSERT INTO event (workflow_id, timestamp, data) "
                             + "SELECT workflow_id, ?, ? FROM job WHERE id = ?")) {
                    for (long i = 0; !stop.get(); i++) {
                        long job = 1 + (i * 2_654_435_761L) % maxJob;
                        attempted.incrementAndGet();
                        long start = System.nanoTime();
                        try {
                            c.setAutoCommit(false);
                            claim.setLong(1, job);
                            claim.executeUpdate();
                            result.setLong(1, i);
                            result.setLong(2, node);
                            result.setLong(3, job);
                            result.executeUpdate();
                            event.setLong(1, 1_800_000_000_000L + i);
                            event.setString(2, "{\"writer\": " + i + "}");
                            event.setLong(3, job);
                            event.executeUpdate();
                            c.commit();
                            committed.incrementAndGet();
                        } catch (SQLException e) {
                            failed.incrementAndGet();
                            c.rollback();
                        } finally {
                            c.setAutoCommit(true);
                        }
                        longestStallMs.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                        Thread.sleep(2);
                    }
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
