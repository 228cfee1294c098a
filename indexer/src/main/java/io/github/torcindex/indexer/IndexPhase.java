package io.github.torcindex.indexer;

import java.util.List;
import java.util.Objects;

/**
 * One phase of the seed document's implementation strategy, as its changelog {@code phase-N.xml} holds it.
 *
 * @param number 1 to 4
 * @param indexes the indexes the phase creates, in changelog order
 * @param maintenance the maintenance changesets (phase 4: ANALYZE), which run every time the phase is applied
 */
public record IndexPhase(int number, List<RecommendedIndex> indexes,
        List<RecommendedIndex.ChangeSetRef> maintenance) {

    /** Validates and copies the components. */
    public IndexPhase {
        if (number < 1) {
            throw new IllegalArgumentException("number: must be 1 or more: " + number);
        }
        indexes = List.copyOf(Objects.requireNonNull(indexes, "indexes"));
        maintenance = List.copyOf(Objects.requireNonNull(maintenance, "maintenance"));
    }

    /** The Liquibase label of this phase's changesets, {@code phase-N}. */
    public String label() {
        return "phase-" + number;
    }

    /** The tag recorded when this phase has been applied, {@code level-N}. */
    public String tag() {
        return "level-" + number;
    }
}
