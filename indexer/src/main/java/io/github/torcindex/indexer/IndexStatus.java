package io.github.torcindex.indexer;

import java.util.Objects;
import java.util.Optional;

/**
 * One recommended index in one database.
 *
 * @param index the recommended index
 * @param state where it stands
 * @param standIn the existing index that serves instead of it (for {@link IndexState#PRESENT_UNDER_OTHER_NAME})
 *     or makes it redundant (for {@link IndexState#REDUNDANT})
 * @param recorded whether DATABASECHANGELOG records its changeset (as run or as satisfied)
 * @param note a sentence for a person: what the state means here and what to do, or empty
 */
public record IndexStatus(RecommendedIndex index, IndexState state, Optional<String> standIn, boolean recorded,
        String note) {

    /** Validates the components. */
    public IndexStatus {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(standIn, "standIn");
        Objects.requireNonNull(note, "note");
    }
}
