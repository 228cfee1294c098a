package io.github.torcindex.analyzer;

import io.github.torcindex.indexer.IndexDefinition;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates what a plan costs, in rows read, from the real table contents: each access reads, per probe, the
 * rows matching its equality constraints (counted with the statement's sampled values when it has them, else
 * the average group size), and an inner loop runs once per row of the loops before it. On top of that: a
 * lookup in the table for every row an index that does not cover the statement finds, the building of an
 * automatic index (its table read and sorted, every execution), and every temporary B-tree (ORDER BY, GROUP
 * BY, DISTINCT) as a sort of the rows so far. Rough, but measured, not guessed: it tells a plan that reads 3
 * rows from one that reads 10,000.
 */
final class PlanCost {

    private static final Pattern CONSTRAINT = Pattern.compile("(\\w+)(=|>=|<=|>|<)\\?");

    private final Connection data;
    private final Planner schema;
    private final Map<String, Double> cache = new HashMap<>();
    private final Map<String, SqlParse> boundParses = new HashMap<>();

    /**
     * @param data the real database, for counting
     * @param schema the planner whose plans are costed (it knows the index definitions)
     */
    PlanCost(Connection data, Planner schema) {
        this.data = data;
        this.schema = schema;
    }

    double rowsRead(PlannedStatement planned, QueryPlan plan) {
        return loop(planned, plan.steps(), 1.0);
    }

    private double loop(PlannedStatement planned, List<PlanStep> steps, double outer) {
        double total = 0;
        double rowsSoFar = outer;
        for (PlanStep step : steps) {
            if (step.kind() == PlanStep.Kind.TEMP_BTREE) {
                total += sort(rowsSoFar); // ORDER BY, GROUP BY, DISTINCT: the rows so far, sorted
            } else if (step.isAccess()) {
                double perProbe = perProbe(planned, step);
                double rows = rowsSoFar * perProbe;
                // An index that does not cover the statement's columns leads to the table: one more B-tree
                // lookup per row found.
                total += step.access() == PlanStep.Access.INDEX ? 2 * rows : rows;
                if (step.access() == PlanStep.Access.AUTOMATIC_INDEX) {
                    // Built for every execution: the whole table read and sorted once, before the first probe.
                    double table = planned.tableOf(step).map(schema::rows).orElse(0L);
                    total += table + sort(table);
                }
                rowsSoFar *= Math.max(1.0, perProbe);
            } else if (step.kind() == PlanStep.Kind.CORRELATED_SUBQUERY) {
                total += loop(planned, step.children(), rowsSoFar);
            } else {
                total += loop(planned, step.children(), 1.0);
            }
        }
        return total;
    }

    /**
     * Sorting {@code n} rows, in row-read equivalents: n log2 n comparisons, four to a row read (a comparison
     * is cheaper than a B-tree step).
     */
    static double sort(double n) {
        return n <= 1 ? 0 : n * (Math.log(n) / Math.log(2)) / 4;
    }

    private double perProbe(PlannedStatement planned, PlanStep step) {
        Optional<String> table = planned.tableOf(step);
        if (table.isEmpty()) {
            return 1.0;
        }
        String t = table.get();
        if (step.isFullScan()) {
            return schema.rowsScanned(step, t);
        }
        List<String> equal = new ArrayList<>();
        List<String> constrained = new ArrayList<>();
        Matcher m = CONSTRAINT.matcher(step.constraints());
        while (m.find()) {
            String term = m.group(1).toLowerCase(Locale.ROOT) + m.group(2);
            constrained.add(term);
            if (m.group(2).equals("=")) {
                equal.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        if (step.access() == PlanStep.Access.INTEGER_PRIMARY_KEY) {
            return equal.contains("rowid") ? 1.0 : schema.rows(t) / 3.0;
        }
        Optional<IndexDefinition> index = schema.definitionOf(step);
        boolean unique = step.index().flatMap(n -> schema.indexes().stream()
                .filter(i -> i.name().equalsIgnoreCase(n)).findFirst()).map(i -> i.unique()).orElse(false);
        if (unique && index.isPresent() && equal.containsAll(index.get().columns())) {
            return 1.0;
        }
        Map<String, String> values = termValues(planned, t);
        if (!constrained.isEmpty() && values.keySet().containsAll(constrained)) {
            return count(t, constrained, values);
        }
        if (equal.isEmpty()) {
            return schema.rows(t) / (step.constraints().isEmpty() ? 1.0 : 3.0);
        }
        return averageGroup(t, equal);
    }

    /**
     * Column + operator to SQL literal, for the statement's terms on {@code table} with a known value: the
     * terms of the statement with its sampled values written in, as the parser reads them.
     */
    private Map<String, String> termValues(PlannedStatement planned, String table) {
        SqlParse bound = boundParses.computeIfAbsent(planned.statement().name(), n -> SqlParse.of(
                SqlParameters.substitute(planned.statement().sql(), p -> planned.values().containsKey(p.name())
                        ? SqlText.literal(planned.values().get(p.name())) : null)));
        Map<String, String> values = new HashMap<>();
        for (SqlParse.Term term : bound.terms()) {
            if (onTable(term, table) && term.kind() == SqlParse.ValueKind.LITERAL && term.op().matches("=|<|<=|>|>=")) {
                values.putIfAbsent(term.column().column() + term.op(), term.value());
            }
        }
        return values;
    }

    /** Whether a term's column is on {@code table} (by alias, or unqualified in a one-table statement). */
    private static boolean onTable(SqlParse.Term term, String table) {
        return term.column().table().map(table::equals).orElse(term.column().qualifier().isEmpty());
    }

    /** Counts the rows matching {@code terms} (each "column" + operator) with the statement's values. */
    private double count(String table, List<String> terms, Map<String, String> values) {
        StringBuilder where = new StringBuilder();
        for (String term : terms) {
            String column = term.replaceAll("[=<>]+$", "");
            where.append(where.length() == 0 ? "" : " AND ").append('"').append(column).append("\" ")
                    .append(term.substring(column.length())).append(' ').append(values.get(term));
        }
        String sql = "SELECT count(*) FROM \"" + table + "\" WHERE " + where;
        return cache.computeIfAbsent(sql, this::single);
    }

    /**
     * The rows a write's WHERE selects on {@code table}, however its plan reaches them: the count with its sampled
     * values where it has them, else the average group of its equality columns, else the whole table.
     */
    double rowsSelected(PlannedStatement planned, String table) {
        Map<String, String> values = termValues(planned, table);
        List<String> equal = new ArrayList<>();
        for (SqlParse.Term term : planned.parse().terms()) {
            String column = term.column().column().toLowerCase(Locale.ROOT);
            if (onTable(term, table) && term.isEquality() && term.other().isEmpty() && !equal.contains(column)) {
                equal.add(column);
            }
        }
        if (equal.isEmpty()) {
            return schema.rows(table);
        }
        List<String> known = equal.stream().map(c -> c + "=").filter(values::containsKey).toList();
        if (known.size() == equal.size()) {
            return count(table, known, values);
        }
        return averageGroup(table, equal);
    }

    private double averageGroup(String table, List<String> columns) {
        String cols = String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList());
        String sql = "SELECT CAST(count(*) AS REAL) / max(1, (SELECT count(*) FROM (SELECT DISTINCT " + cols
                + " FROM \"" + table + "\"))) FROM \"" + table + "\"";
        return cache.computeIfAbsent(sql, this::single);
    }

    private double single(String sql) {
        try (Statement st = data.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getDouble(1);
        } catch (SQLException e) {
            return 1.0;
        }
    }

    static String describe(double rows) {
        return rows >= 100 ? String.format(Locale.ROOT, "%,.0f", rows) : String.format(Locale.ROOT, "%.1f", rows);
    }

}
