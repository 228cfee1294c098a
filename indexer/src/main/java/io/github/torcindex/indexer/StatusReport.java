package io.github.torcindex.indexer;

import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The index status of one database: its level and, per phase, per index, where it stands.
 *
 * @param database the database file
 * @param sqliteVersion the SQLite library version used to read it
 * @param torcVersion which Torc schema the database holds (from {@code _sqlx_migrations})
 * @param level the highest level N whose phases 1..N have all been applied (0 = baseline)
 * @param maxLevel the highest level torc-index knows
 * @param statistics whether the database holds planner statistics (sqlite_stat1)
 * @param lockedBy who holds the Liquibase changelog lock, if anyone (a stale lock blocks migrations)
 * @param phases the phases, in order
 */
public record StatusReport(Path database, String sqliteVersion, TorcSchemaVersion torcVersion, int level,
        int maxLevel, boolean statistics, Optional<String> lockedBy, List<PhaseStatus> phases) {

    /** Validates and copies the components. */
    public StatusReport {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(torcVersion, "torcVersion");
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

    /**
     * The indexes recorded in the history although their phase is above the level: what an interrupted
     * migrate or rollback leaves (Liquibase records and removes one changeset at a time).
     */
    public List<IndexStatus> recordedAboveLevel() {
        return indexes().stream().filter(s -> s.recorded() && s.index().phase() > level).toList();
    }

    /**
     * What needs a DBA's attention, one sentence each: drifted indexes, a held changelog lock, an interrupted
     * run. Empty when all is well; {@code status} exits 1 (and the Maven goal fails) otherwise.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<IndexStatus> drifted = inState(IndexState.DRIFTED);
        if (!drifted.isEmpty()) {
            problems.add(drifted.size() + " index(es) drifted (" + drifted.stream().map(d -> d.index().name())
                    .collect(Collectors.joining(", ")) + "): run migrate to recreate them");
        }
        lockedBy.ifPresent(l -> problems.add("the changelog lock is held by " + l));
        List<IndexStatus> missing = phases.stream().filter(PhaseStatus::applied)
                .flatMap(p -> p.indexes().stream()).filter(i -> i.state() == IndexState.PENDING).toList();
        if (!missing.isEmpty()) {
            problems.add(missing.size() + " index(es) of applied phases are missing (" + missing.stream()
                    .map(m -> m.index().name()).collect(Collectors.joining(", ")) + "), for example because the "
                    + "index that made them redundant was dropped: run `migrate --to " + level + "` to create them");
        }
        List<IndexStatus> above = recordedAboveLevel();
        if (!above.isEmpty()) {
            problems.add(above.size() + " index(es) of phases above level " + level + " are recorded ("
                    + above.stream().map(a -> a.index().name()).collect(Collectors.joining(", ")) + "): a migrate "
                    + "or rollback was interrupted; run `migrate --to N` or `rollback --to " + level + "` to finish");
        }
        return problems;
    }
}
