package io.github.torcindex.analyzer;

import java.util.Objects;

/**
 * A statement whose plan gets worse because an index exists: SQLite picks it, and reads more rows than
 * without it.
 *
 * @param index the index that makes the plan worse
 * @param change the statement's plan and estimated rows read with the index ({@code after}) and without
 *     ({@code before})
 */
public record PlanRegression(String index, ProposedIndex.PlanChange change) {

    /** Validates the components. */
    public PlanRegression {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(change, "change");
    }
}
