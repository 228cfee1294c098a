package io.github.torcindex.analyzer;

import io.github.torcindex.indexer.IndexDefinition;
import java.util.List;
import java.util.Objects;

/**
 * An index the advisor proposes, with its proof: the plans of the statements it serves, before and after it
 * was created in a scratch copy of the schema.
 *
 * @param name the name it would get
 * @param definition its table, columns and predicate
 * @param proofs one plan change per statement it serves
 * @param regressions statements whose plan uses it and reads more rows than before: the price of adding it
 * @param needsStatistics whether those regressions happen only without planner statistics: with the statistics
 *     ANALYZE would write (computed from the table contents) the planner avoids them, so the index is proposed
 *     on condition that ANALYZE (torc-index phase 4) runs after it is created
 * @param price what it saves the workload's reads and costs its writes, its size, and why it was rejected
 */
public record ProposedIndex(String name, IndexDefinition definition, List<PlanChange> proofs,
        List<PlanChange> regressions, boolean needsStatistics, IndexPrice price) {

    /**
     * The prefix of every index the advisor proposes: not the phases' {@code tix_}, so that {@code status},
     * {@code migrate} and {@code rollback} never take an advised index for a phase index of their own (a phase
     * index of the same definition is recorded as satisfied by it, and a rollback keeps it). Only
     * {@code apply --rollback} of the advice's changelog drops it.
     */
    public static final String NAME_PREFIX = "tia_";


    /** Validates and copies the components. */
    public ProposedIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        proofs = List.copyOf(proofs);
        regressions = List.copyOf(regressions);
        Objects.requireNonNull(price, "price");
    }

    /** The statement that creates it. */
    public String createSql() {
        return "CREATE INDEX IF NOT EXISTS " + name + " ON " + definition.table() + "("
                + String.join(", ", definition.columns()) + ")"
                + definition.predicate().map(p -> " WHERE " + p).orElse("");
    }

    /**
     * How one statement's plan changes.
     *
     * @param statement the statement's name
     * @param before the plan without the change, on one line
     * @param after the plan with it
     * @param rowsBefore rows read without it (estimated from the table contents, see PlanCost)
     * @param rowsAfter rows read with it
     */
    public record PlanChange(String statement, String before, String after, double rowsBefore, double rowsAfter) {
    }
}
