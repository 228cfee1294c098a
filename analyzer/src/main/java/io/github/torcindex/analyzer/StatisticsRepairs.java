package io.github.torcindex.analyzer;

import io.github.torcindex.analyzer.ProposedIndex.PlanChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the statements that ANALYZE alone repairs: planned now (without statistics for some of their
 * tables) they read far more rows than planned with the statistics ANALYZE would write.
 */
final class StatisticsRepairs {

    private StatisticsRepairs() {
    }

    /**
     * One repair for the whole workload: ANALYZE of the tables without statistics that the repaired statements
     * read, with each statement's rows before and after, and the statements it makes worse.
     *
     * @param analyzed every statement planned with computed statistics for the workload's tables
     */
    static List<StatisticsRepair> find(AdditionSearch.Lab lab, Map<String, PlannedStatement> analyzed)
            throws SQLException {
        Set<String> unanalyzed = new LinkedHashSet<>();
        for (String table : lab.tables()) {
            if (!hasStatistics(lab, table)) {
                unanalyzed.add(table);
            }
        }
        if (unanalyzed.isEmpty()) {
            return List.of();
        }
        List<PlanChange> better = new ArrayList<>();
        List<PlanChange> worse = new ArrayList<>();
        Set<String> tables = new TreeSet<>(); // by name: the same repair reads the same whatever the order found
        for (PlannedStatement now : lab.plans().values()) {
            PlannedStatement after = analyzed.get(now.statement().name());
            if (after == null || now.aliases().values().stream().noneMatch(unanalyzed::contains)) {
                continue;
            }
            double rowsNow = lab.cost().rowsRead(now, now.unbound());
            double rowsAfter = lab.cost().rowsRead(after, after.unbound());
            PlanChange change = new PlanChange(now.statement().name(), now.unbound().oneLine(),
                    after.unbound().oneLine(), rowsNow, rowsAfter);
            if (rowsNow >= AdditionSearch.IMPROVEMENT * Math.max(1.0, rowsAfter) && rowsNow - rowsAfter >= 100) {
                better.add(change);
                now.aliases().values().stream().filter(unanalyzed::contains).forEach(tables::add);
            } else if (rowsAfter > AdditionSearch.IMPROVEMENT * Math.max(1.0, rowsNow) && rowsAfter - rowsNow >= 100) {
                worse.add(change);
            }
        }
        if (better.isEmpty()) {
            return List.of();
        }
        return List.of(new StatisticsRepair(List.copyOf(tables), better, worse));
    }

    private static boolean hasStatistics(AdditionSearch.Lab lab, String table) throws SQLException {
        try (Statement st = lab.real().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")) {
            if (!rs.next()) {
                return false;
            }
        }
        try (Statement st = lab.real().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT 1 FROM sqlite_stat1 WHERE tbl = '" + table.replace("'", "''") + "'")) {
            return rs.next();
        }
    }
}
