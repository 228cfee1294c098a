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
import java.util.OptionalLong;
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
    private static final Pattern LIMIT = Pattern.compile(
            "(?is)\\bLIMIT\\s+(\\d+)(?:\\s+OFFSET\\s+(\\d+))?\\s*;?\\s*$");
    private static final String LITERAL = "(-?\\d+(\\.\\d+)?|'[^']*'|NULL)";
    private static final Pattern LITERAL_LIST = Pattern.compile("\\(\\s*" + LITERAL + "(\\s*,\\s*" + LITERAL
            + ")*\\s*\\)");
    private static final Pattern SELECT_LIST = Pattern.compile("(?is)^\\s*SELECT\\s+(.*?)\\bFROM\\b");
    private static final Pattern AGGREGATE = Pattern.compile(
            "(?i)\\b(count|sum|min|max|avg|total|group_concat|string_agg)\\s*\\(");

    private final Connection data;
    private final Planner schema;
    private final Map<String, Double> cache = new HashMap<>();
    private final Map<String, SqlParse> boundParses = new HashMap<>();
    private final Map<String, OptionalLong> limits = new HashMap<>();

    /**
     * @param data the real database, for counting
     * @param schema the planner whose plans are costed (it knows the index definitions)
     */
    PlanCost(Connection data, Planner schema) {
        this.data = data;
        this.schema = schema;
    }

    double rowsRead(PlannedStatement planned, QueryPlan plan) {
        return loop(planned, plan.steps(), 1.0, stopsAfter(planned, plan));
    }

    private double loop(PlannedStatement planned, List<PlanStep> steps, double outer, OptionalLong stopAfter) {
        double total = 0;
        double rowsSoFar = outer;
        for (PlanStep step : steps) {
            if (step.kind() == PlanStep.Kind.TEMP_BTREE) {
                total += sort(rowsSoFar); // ORDER BY, GROUP BY, DISTINCT: the rows so far, sorted
            } else if (step.isAccess()) {
                double perProbe = perProbe(planned, step);
                if (stopAfter.isPresent()) {
                    perProbe = Math.min(perProbe, untilLimit(planned, step, stopAfter.getAsLong(), perProbe));
                }
                double rows = rowsSoFar * perProbe;
                // An index that does not cover the statement's columns leads to the table: one more B-tree
                // lookup per row found that the terms on the index's other columns let through.
                total += step.access() == PlanStep.Access.INDEX ? rows + rows * indexFilter(planned, step) : rows;
                if (step.access() == PlanStep.Access.AUTOMATIC_INDEX) {
                    // Built for every execution: the whole table read and sorted once, before the first probe.
                    double table = planned.tableOf(step).map(schema::rows).orElse(0L);
                    total += table + sort(table);
                }
                rowsSoFar *= Math.max(1.0, perProbe);
            } else if (step.kind() == PlanStep.Kind.CORRELATED_SUBQUERY) {
                total += loop(planned, step.children(), rowsSoFar, OptionalLong.empty());
            } else {
                total += loop(planned, step.children(), 1.0, OptionalLong.empty());
            }
        }
        return total;
    }

    /**
     * Where a statement stops early: a one-table read with LIMIT (and OFFSET) whose values are known, no
     * temporary B-tree (the rows come out in the order the access reads them), no aggregate and no compound
     * SELECT, stops after LIMIT + OFFSET matching rows. Then the rows it reads are those up to that match, not
     * the table's (a scan in rowid order for {@code WHERE workflow_id = ? ORDER BY id LIMIT 1000} reads the rows
     * before that workflow's and a thousand of its own).
     */
    private OptionalLong stopsAfter(PlannedStatement planned, QueryPlan plan) {
        List<PlanStep> top = plan.steps();
        if (top.stream().filter(PlanStep::isAccess).count() != 1
                || top.stream().anyMatch(st -> st.kind() == PlanStep.Kind.TEMP_BTREE
                        || st.kind() == PlanStep.Kind.COMPOUND || st.kind() == PlanStep.Kind.MULTI_INDEX_OR)
                || !planned.parse().groupBys().isEmpty()) {
            return OptionalLong.empty();
        }
        return limits.computeIfAbsent(planned.statement().name(), n -> {
            String sql = boundSql(planned);
            Matcher limit = LIMIT.matcher(sql);
            Matcher select = SELECT_LIST.matcher(sql);
            if (!limit.find() || !select.find() || AGGREGATE.matcher(select.group(1)).find()
                    || sql.toUpperCase(Locale.ROOT).contains("UNION")) {
                return OptionalLong.empty();
            }
            long rows = Long.parseLong(limit.group(1)) + (limit.group(2) == null ? 0 : Long.parseLong(limit.group(2)));
            return OptionalLong.of(Math.max(1, rows));
        });
    }

    /**
     * The rows {@code step}, the one access of a statement that stops after {@code n} rows, reads: a scan of
     * the table (rowid order) up to its n-th row matching every term of the statement (for one equality, on
     * average over the column's values; else with the sampled values; all of the table when fewer match); a
     * search whose constraints are all of the statement's terms on the table, n of the rows it finds.
     * Otherwise, or where a term's value is unknown, what it finds.
     */
    private double untilLimit(PlannedStatement planned, PlanStep step, long n, double found) {
        Optional<String> table = planned.tableOf(step);
        if (table.isEmpty()) {
            return found;
        }
        String t = table.get();
        long termsOnTable = planned.parse().terms().stream().filter(term -> onTable(term, t)).count();
        Map<String, String> values = termValues(planned, t);
        if (step.isFullScan() && step.access() == PlanStep.Access.TABLE && values.size() == termsOnTable) {
            String name = "\"" + t + "\"";
            String only = values.size() == 1 ? values.keySet().iterator().next() : "";
            if (only.matches("\\w+=")) {
                // One equality (WHERE workflow_id = ? ORDER BY id LIMIT ?): the average over the column's values,
                // each as likely to be asked for, of the rows read up to its n-th match (the whole table for a
                // value with fewer). One workflow's rows lie together: the sampled one's position alone would
                // price the scan by where that workflow happens to be.
                String column = "\"" + only.substring(0, only.length() - 1) + "\"";
                String sql = "SELECT avg(coalesce(p, (SELECT count(*) FROM " + name + "))) FROM (SELECT max(CASE "
                        + "WHEN k = " + n + " THEN r END) AS p FROM (SELECT v, r, row_number() OVER (PARTITION BY v "
                        + "ORDER BY r) AS k FROM (SELECT " + column + " AS v, row_number() OVER (ORDER BY rowid) AS r "
                        + "FROM " + name + ")) GROUP BY v)";
                return cache.computeIfAbsent(sql, this::single);
            }
            String where = values.isEmpty() ? "" : " WHERE " + where(List.copyOf(values.keySet()), values);
            String sql = "SELECT CASE WHEN x IS NULL THEN (SELECT count(*) FROM " + name + ") ELSE (SELECT count(*) "
                    + "FROM " + name + " WHERE rowid <= x) END FROM (SELECT (SELECT rowid FROM " + name + where
                    + " ORDER BY rowid LIMIT 1 OFFSET " + (n - 1) + ") AS x)";
            return cache.computeIfAbsent(sql, this::single);
        }
        return step.kind() == PlanStep.Kind.SEARCH && constrainedColumns(step).size() >= termsOnTable
                ? Math.min(found, n) : found;
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
     * The share of the rows a non-covering index finds that SQLite still looks up in the table: those that pass
     * the statement's terms on the index's columns beyond its constraints, which it checks in the index first
     * ({@code status IN (...)} from job(workflow_id, status) while scanning it for DISTINCT workflow_id). Counted
     * with the sampled values; 1 where a term's value is unknown.
     */
    private double indexFilter(PlannedStatement planned, PlanStep step) {
        Optional<String> table = planned.tableOf(step);
        List<String> columns = schema.columnsOf(step);
        if (table.isEmpty() || columns.isEmpty()) {
            return 1.0;
        }
        List<String> constrained = constrainedColumns(step);
        List<String> found = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (SqlParse.Term term : boundParse(planned).terms()) {
            String column = term.column().column().toLowerCase(Locale.ROOT);
            if (!onTable(term, table.get()) || !columns.contains(column) || term.other().isPresent()) {
                continue;
            }
            Optional<String> sql = termSql(term);
            if (sql.isEmpty()) {
                return 1.0;
            }
            (constrained.contains(column) ? found : passed).add(sql.get());
        }
        if (passed.isEmpty()) {
            return 1.0;
        }
        String from = "SELECT count(*) FROM \"" + table.get() + "\" WHERE ";
        String base = found.isEmpty() ? "1" : String.join(" AND ", found);
        double all = cache.computeIfAbsent(from + base, this::single);
        double through = cache.computeIfAbsent(from + base + " AND " + String.join(" AND ", passed), this::single);
        return all <= 0 ? 1.0 : Math.min(1.0, through / all);
    }

    /** A term with its sampled value as SQL ({@code "status" IN (2, 3)}), if its value is a literal. */
    private static Optional<String> termSql(SqlParse.Term term) {
        String column = "\"" + term.column().column() + "\" ";
        if (term.kind() == SqlParse.ValueKind.LITERAL && term.op().matches("=|<|<=|>|>=|IS")) {
            return Optional.of(column + term.op() + " " + term.value());
        }
        if (term.op().equals("IN") && LITERAL_LIST.matcher(term.value()).matches()) {
            return Optional.of(column + "IN " + term.value());
        }
        return Optional.empty();
    }

    /** The columns a step's constraints name ({@code workflow_id=? AND status=?}), lower case. */
    private static List<String> constrainedColumns(PlanStep step) {
        List<String> columns = new ArrayList<>();
        Matcher m = CONSTRAINT.matcher(step.constraints());
        while (m.find()) {
            columns.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return columns;
    }

    /** The statement with its sampled values written in for its parameters. */
    private static String boundSql(PlannedStatement planned) {
        return SqlParameters.substitute(planned.statement().sql(), p -> planned.values().containsKey(p.name())
                ? SqlText.literal(planned.values().get(p.name())) : null);
    }

    private SqlParse boundParse(PlannedStatement planned) {
        return boundParses.computeIfAbsent(planned.statement().name(), n -> SqlParse.of(boundSql(planned)));
    }

    /**
     * Column + operator to SQL literal, for the statement's terms on {@code table} with a known value: the
     * terms of the statement with its sampled values written in, as the parser reads them.
     */
    private Map<String, String> termValues(PlannedStatement planned, String table) {
        SqlParse bound = boundParse(planned);
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
        String sql = "SELECT count(*) FROM \"" + table + "\" WHERE " + where(terms, values);
        return cache.computeIfAbsent(sql, this::single);
    }

    /** {@code terms} (each "column" + operator) with their values, joined by AND. */
    private static String where(List<String> terms, Map<String, String> values) {
        StringBuilder where = new StringBuilder();
        for (String term : terms) {
            String column = term.replaceAll("[=<>]+$", "");
            where.append(where.length() == 0 ? "" : " AND ").append('"').append(column).append("\" ")
                    .append(term.substring(column.length())).append(' ').append(values.get(term));
        }
        return where.toString();
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
