package io.github.torcindex.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.generator.WorkflowGenerator;
import io.github.torcindex.schema.ContentDigest;
import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Torc server that holds the write lock longer than torc-index's busy timeout in the middle of a migration:
 * torc-index stops with exit code 3 and a message saying what to do, keeps what it applied, leaves no
 * changelog lock behind (this JVM lives on, as Maven's does, so no later run could prove that lock stale), and
 * the same command run again finishes.
 */
@Tag("timing")
class BusyServerIT {

    @TempDir
    Path dir;

    @Test
    void aServerHoldingTheWriteLockMidMigrationStopsItCleanly() throws Exception {
        Path db = WorkflowGenerator.create(dir.resolve("busy.db"), new GeneratorOptions(2, 10_000, 42L), false,
                GenerationProgress.NONE).database();
        Map<String, String> content;
        try (TorcDatabase open = TorcDatabase.open(db)) {
            content = ContentDigest.of(open);
        }
        CountDownLatch holding = new CountDownLatch(1);
        AtomicReference<Exception> serverFailure = new AtomicReference<>();
        Thread server = new Thread(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 20000");
                while (true) {
                    try (ResultSet rs = st.executeQuery(
                            "SELECT count(*) FROM sqlite_master WHERE name = 'tix_job_workflow_id'")) {
                        if (rs.getLong(1) == 1) {
                            break;
                        }
                    }
                    Thread.sleep(1);
                }
                // torc-index leaves a gap after each write transaction, so this gets the lock at the next one.
                st.execute("BEGIN IMMEDIATE");
                holding.countDown();
                Thread.sleep(3_000);
                st.execute("COMMIT");
            } catch (Exception e) {
                serverFailure.set(e);
            }
        });
        server.start();

        IndexMigrator migrator = new IndexMigrator();
        assertThatThrownBy(() -> migrator.migrate(new MigrateOptions(db, 4, false, false, false,
                Duration.ofMillis(500))))
                .isInstanceOf(TorcIndexException.class)
                .hasMessageContaining("Another process holds a lock on it")
                .hasMessageContaining("What was applied before is kept")
                .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.LOCKED);
        assertThat(holding.await(0, TimeUnit.SECONDS)).as("the server held the lock during the migration").isTrue();
        server.join();
        assertThat(serverFailure.get()).isNull();

        StatusReport after = migrator.status(db, Duration.ofSeconds(5));
        assertThat(after.lockedBy()).as("changelog lock after the failure").isEmpty();
        // The index built before the server took the lock is kept (recorded, or built but not yet recorded).
        assertThat(after.indexes()).filteredOn(s -> s.index().name().equals("tix_job_workflow_id"))
                .singleElement().satisfies(s -> assertThat(s.state()).isIn(IndexState.APPLIED, IndexState.UNRECORDED));
        try (TorcDatabase open = TorcDatabase.open(db)) {
            assertThat(open.queryValue("PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(ContentDigest.of(open)).isEqualTo(content);
        }

        migrator.migrate(new MigrateOptions(db, 4, false, false, false, Duration.ofSeconds(30)));
        StatusReport finished = migrator.status(db, Duration.ofSeconds(5));
        assertThat(finished.level()).isEqualTo(4);
        assertThat(finished.problems()).isEmpty();
    }
}
