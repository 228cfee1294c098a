package io.github.torcindex.analyzer;

import java.util.List;
import java.util.Objects;

/**
 * A repair that needs no index: {@code ANALYZE} of the tables a statement reads, which gives SQLite's planner
 * the statistics that keep it from a bad choice (for example Torc's {@code result(workflow_id)} index chosen
 * over a join's better order). Proven by re-planning with the statistics ANALYZE would write.
 *
 * @param tables the tables to analyze (those the statements read that have no statistics)
 * @param changes the statements it makes read far fewer rows: plan and rows now, and after ANALYZE
 * @param worse the statements it makes read more rows (its price; the advisor's other proposals are judged
 *     with the statistics in place)
 */
public record StatisticsRepair(List<String> tables, List<ProposedIndex.PlanChange> changes,
        List<ProposedIndex.PlanChange> worse) {

    /** Validates and copies the components. */
    public StatisticsRepair {
        tables = List.copyOf(tables);
        changes = List.copyOf(changes);
        worse = List.copyOf(worse);
        Objects.requireNonNull(tables, "tables");
    }

    /** The SQL of the repair. */
    public String sql() {
        return String.join("; ", tables.stream().map(t -> "ANALYZE \"" + t + "\"").toList());
    }
}
