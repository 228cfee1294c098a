package io.github.torcindex.indexer;

import static io.github.torcindex.indexer.TorcDatabases.query;
import static io.github.torcindex.indexer.TorcDatabases.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups and the run lock: complete and checked or absent; one change per database at a time. */
class DatabaseBackupIT {

    @TempDir
    Path dir;

    private final IndexMigrator migrator = new IndexMigrator();

    private MigrationReport migrate(Path db, int to, boolean backup) {
        return migrator.migrate(new MigrateOptions(db, to, false, backup, false, Duration.ofSeconds(5)));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void backupIsCheckedAndRenamedAndNoPartialFileStays() throws Exception {
        Path db = TorcDatabases.baseline(dir);

        MigrationReport up = migrate(db, 1, true);

        Path backup = up.facts().backup().orElseThrow();
        assertThat(up.facts().backupNote()).contains("taken before the first index change");
        assertThat(files()).containsExactly("torc.db", backup.getFileName().toString());
        assertThat(query(backup, "PRAGMA quick_check")).containsExactly("ok");
        assertThat(query(backup, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"))
                .isEqualTo(query(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    }

    @Test
    void onADatabaseWhoseTorcAlreadyHasPhaseOnesIndexesMigrateTakesNoBackup() throws Exception {
        Path db = TorcDatabases.likeTorcServer(dir);

        MigrationReport up = migrate(db, 1, true);

        assertThat(up.steps(PlannedStep.Action.CREATE)).isEmpty();
        assertThat(up.facts().backup()).isEmpty();
        assertThat(files()).containsExactly("torc.db");
    }

    @Test
    void aRunThatChangesNoIndexTakesNoBackupAndSaysWhy() throws Exception {
        Path db = TorcDatabases.likeTorcServer(dir);
        migrate(db, 4, false);
        List<String> before = files();

        MigrationReport again = migrate(db, 4, true);

        assertThat(again.changesDatabase()).isTrue(); // phase 4's ANALYZE runs every time
        assertThat(again.facts().backup()).isEmpty();
        assertThat(again.facts().backupNote()).contains("changes no index", "ANALYZE");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void removesAPartialBackupThatAKilledRunLeft() throws Exception {
        Path db = TorcDatabases.baseline(dir);
        long dead = deadPid();
        Path abandoned = Files.writeString(dir.resolve("torc.db.20260101T000000Z.bak.partial-" + dead), "half");
        Path other = Files.writeString(dir.resolve("other.db.20260101T000000Z.bak.partial-" + dead), "not ours");

        MigrationReport up = migrate(db, 1, true);

        assertThat(abandoned).doesNotExist();
        assertThat(other).exists();
        assertThat(files()).contains(up.facts().backup().orElseThrow().getFileName().toString());
    }

    @Test
    void secondRunOnTheSameDatabaseStopsAtOnceAndChangesNothing() throws Exception {
        Path db = TorcDatabases.likeTorcServer(dir);
        String before = sha256(db);
        try (RunLock first = RunLock.take(db.toAbsolutePath())) {
            assertThatThrownBy(() -> migrate(db, 3, true))
                    .hasMessageContaining("Another torc-index run").hasMessageContaining("Nothing was changed")
                    .extracting(e -> ((TorcIndexException) e).code()).isEqualTo(ErrorCode.ALREADY_RUNNING);
            assertThatThrownBy(() -> migrator.rollback(new RollbackOptions(db, 0, false, false,
                    Duration.ofSeconds(5)))).hasMessageContaining("Another torc-index run");
            // A dry run reads only: it does not need the run lock.
            assertThat(migrator.migrate(new MigrateOptions(db, 3, true, true, false, Duration.ofSeconds(5)))
                    .steps()).isNotEmpty();
        }
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(files()).containsExactly("torc.db");
        assertThat(migrate(db, 3, false).levelAfter()).isEqualTo(3);
    }

    /** A pid that no process has now: started and ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
