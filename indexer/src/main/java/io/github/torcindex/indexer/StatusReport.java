package io.github.torcindex.indexer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The index status of one database: its level and, per phase, per index, where it stands.
 *
 * @param database the database file
 * @param sqliteVersion the SQLite library version used to read it
 * @param level the highest level N whose phases 1..N have all been applied (0 = baseline)
 * @param maxLevel the highest level torc-index knows
 * @param statistics whether the database holds planner statistics (sqlite_stat1)
 * @param lockedBy who holds the Liquibase changelog lock, if anyone (a stale lock blocks migrations)
 * @param phases the phases, in order
 */
public record StatusReport(Path database, String sqliteVersion, int level, int maxLevel, boolean statistics,
        Optional<String> lockedBy, List<PhaseStatus> phases) {

    /** Validates and copies the components. */
    public StatusReport {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(lockedBy, "lockedBy");
        phases = List.copyOf(phases);
    }

    /** Every index status of every phase, in order. */
    public List<IndexStatus> indexes() {
        return phases.stream().flatMap(p -> p.indexes().stream()).toList();
    }

    /** The indexes in a given state. */
    public List<IndexStatus> inState(IndexState state) {
        return indexes().stream().filter(s -> s.state() == state).toList();
    }
}
