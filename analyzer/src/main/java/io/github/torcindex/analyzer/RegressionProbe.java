package io.github.torcindex.analyzer;

import io.github.torcindex.analyzer.ProposedIndex.PlanChange;
import io.github.torcindex.indexer.ExistingIndex;
import io.github.torcindex.indexer.IndexOrigin;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds existing indexes that make a statement's plan worse, by dropping each in a scratch copy of the schema
 * and re-planning.
 */
final class RegressionProbe {

    private RegressionProbe() {
    }

    /** For each index a plan uses: drop it in the scratch schema and see whether the plan gets better. */
    static List<PlanRegression> regressions(ScratchSchema scratch, Planner planner, PlanCost cost,
            Map<String, PlannedStatement> plans, Map<String, Set<String>> usage, List<ExistingIndex> indexes)
            throws SQLException {
        List<PlanRegression> regressions = new ArrayList<>();
        for (ExistingIndex index : indexes) {
            Set<String> users = usage.getOrDefault(index.name().toLowerCase(Locale.ROOT), Set.of());
            Optional<String> sql = createSql(scratch.connection(), index.name());
            if (index.origin() != IndexOrigin.CREATE_INDEX || users.isEmpty() || sql.isEmpty()) {
                continue;
            }
            Map<String, Double> rowsWithIndex = new HashMap<>();
            for (String name : users) {
                rowsWithIndex.put(name, cost.rowsRead(plans.get(name), plans.get(name).unbound()));
            }
            scratch.execute("DROP INDEX \"" + index.name() + "\"");
            planner.refreshIndexes();
            for (String name : users) {
                PlannedStatement with = plans.get(name);
                PlannedStatement without = planner.plan(with.statement(), "scratch");
                double rowsWith = rowsWithIndex.get(name);
                double rowsWithout = cost.rowsRead(without, without.unbound());
                if (rowsWith > AdditionSearch.IMPROVEMENT * rowsWithout && rowsWith - rowsWithout >= 100) {
                    regressions.add(new PlanRegression(index.name(), new PlanChange(name,
                            without.unbound().oneLine(), with.unbound().oneLine(), rowsWithout, rowsWith)));
                }
            }
            scratch.execute(sql.get());
            planner.refreshIndexes();
        }
        return regressions;
    }

    static Optional<String> createSql(Connection c, String index) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '" + index.replace("'", "''") + "'")) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }
}
