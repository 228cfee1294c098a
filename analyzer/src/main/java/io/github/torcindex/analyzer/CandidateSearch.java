package io.github.torcindex.analyzer;

import io.github.torcindex.analyzer.IndexFinding.Kind;
import io.github.torcindex.indexer.IndexDefinition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Candidate indexes for a workload: the columns of the terms and ORDER BY of statements whose plans scan a
 * large table, build an automatic index or search without an equality.
 */
final class CandidateSearch {

    private CandidateSearch() {
    }

    static final Pattern TERM = Pattern.compile(
            "(?i)(?:\\b(\\w+)\\.)?\\b(\\w+)\\s*(=|\\bIN\\b|\\bIS\\b|>=|<=|>|<|\\bBETWEEN\\b)");

    static final Pattern ORDER_BY = Pattern.compile("(?is)\\bORDER\\s+BY\\s+(.+?)(?:\\bLIMIT\\b|$)");

    static List<IndexDefinition> candidates(Iterable<PlannedStatement> plans, Planner planner, long large) {
        Set<IndexDefinition> candidates = new LinkedHashSet<>();
        for (PlannedStatement p : plans) {
            for (PlanStep step : p.unbound().accesses()) {
                Optional<String> table = p.tableOf(step);
                boolean bad = step.isFullScan() || step.access() == PlanStep.Access.AUTOMATIC_INDEX
                        || (step.kind() == PlanStep.Kind.SEARCH && !step.constraints().contains("="));
                if (table.isEmpty() || !bad || planner.rows(table.get()) < large) {
                    continue;
                }
                List<String> equal = new ArrayList<>();
                List<String> range = new ArrayList<>();
                Matcher m = TERM.matcher(p.statement().sql());
                while (m.find()) {
                    String qualifier = m.group(1);
                    String column = m.group(2).toLowerCase(Locale.ROOT);
                    if (qualifier != null && !table.get().equals(p.aliases().get(qualifier.toLowerCase(Locale.ROOT)))) {
                        continue;
                    }
                    if (qualifier == null && p.aliases().values().stream().distinct().count() > 1) {
                        continue;
                    }
                    if (column.equals("id") || !hasColumn(planner, table.get(), column)) {
                        continue;
                    }
                    String op = m.group(3).toUpperCase(Locale.ROOT);
                    List<String> into = op.equals("=") || op.equals("IN") || op.equals("IS") ? equal : range;
                    if (!equal.contains(column) && !range.contains(column)) {
                        into.add(column);
                    }
                }
                if (!equal.isEmpty()) {
                    candidates.add(new IndexDefinition(table.get(), equal, Optional.empty()));
                    if (equal.size() > 1) {
                        candidates.add(new IndexDefinition(table.get(), equal.subList(0, 1), Optional.empty()));
                    }
                    if (!range.isEmpty()) {
                        List<String> withRange = new ArrayList<>(equal);
                        withRange.add(range.get(0));
                        candidates.add(new IndexDefinition(table.get(), withRange, Optional.empty()));
                    }
                } else if (!range.isEmpty()) {
                    candidates.add(new IndexDefinition(table.get(), range.subList(0, 1), Optional.empty()));
                }
            }
        }
        return List.copyOf(candidates);
    }

    static boolean hasColumn(Planner planner, String table, String column) {
        try (Statement st = planner.connection().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT 1 FROM pragma_table_info('" + table + "') WHERE lower(name) = '" + column + "'")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }
}
