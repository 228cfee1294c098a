package io.github.torcindex.indexer;

import java.util.List;

/**
 * The state of one phase in one database.
 *
 * @param phase the phase number
 * @param applied whether the phase's tag {@code level-N} is recorded (the phase ran to its end)
 * @param indexes the state of each of its indexes
 * @param maintenance the maintenance changesets it runs (phase 4), by changeset id
 */
public record PhaseStatus(int phase, boolean applied, List<IndexStatus> indexes, List<String> maintenance) {

    /** Copies the lists. */
    public PhaseStatus {
        indexes = List.copyOf(indexes);
        maintenance = List.copyOf(maintenance);
    }
}
