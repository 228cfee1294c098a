package io.github.torcindex.indexer;

import io.github.torcindex.schema.WriteLockLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every change (migrate, rollback, apply) reports besides its steps: the backup and why it was or was not
 * taken, a stale lock it released, how long it took, and how it held SQLite's write lock.
 *
 * @param backup the backup taken before changing anything, if any
 * @param backupNote why a backup was taken or not, for a person ("no index changes: only ANALYZE runs")
 * @param releasedLock what was said on releasing a changelog lock left by a killed torc-index run, if it did
 * @param elapsed how long the run took
 * @param writeLocks every time the run held SQLite's write lock (what a live Torc server waits for), in order
 */
public record ChangeFacts(Optional<Path> backup, String backupNote, Optional<String> releasedLock, Duration elapsed,
        List<WriteLockLog.Hold> writeLocks) {

    /** Validates and copies the components. */
    public ChangeFacts {
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(backupNote, "backupNote");
        Objects.requireNonNull(releasedLock, "releasedLock");
        Objects.requireNonNull(elapsed, "elapsed");
        writeLocks = List.copyOf(writeLocks);
    }

    /** The longest time the run held the write lock, if it took it at all. */
    public Optional<WriteLockLog.Hold> longestWriteLock() {
        return WriteLockLog.longest(writeLocks);
    }
}
