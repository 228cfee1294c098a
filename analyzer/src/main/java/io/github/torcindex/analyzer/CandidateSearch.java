package io.github.torcindex.analyzer;

import io.github.torcindex.analyzer.IndexFinding.Kind;
import io.github.torcindex.indexer.IndexDefinition;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Candidate indexes for a workload: the columns of the terms (as the SQL parser reads them, join columns
 * included) of statements whose plans scan a table of at least a tenth of the large-table size, build an
 * automatic index on one or search it without an equality.
 */
final class CandidateSearch {

    private CandidateSearch() {
    }

    static List<IndexDefinition> candidates(Iterable<PlannedStatement> plans, Planner planner, long large) {
        Set<IndexDefinition> candidates = new LinkedHashSet<>();
        for (PlannedStatement p : plans) {
            for (PlanStep step : p.unbound().accesses()) {
                Optional<String> table = p.tableOf(step);
                boolean sorts = p.unbound().steps().stream().anyMatch(s -> s.kind() == PlanStep.Kind.TEMP_BTREE
                        && (s.name().contains("ORDER BY") || s.name().contains("GROUP BY")));
                boolean bad = step.isFullScan() || step.access() == PlanStep.Access.AUTOMATIC_INDEX
                        || (step.kind() == PlanStep.Kind.SEARCH && !step.constraints().contains("=")) || sorts;
                // A table a tenth of "large" is still worth an index where a statement reads it badly (a scan
                // of 10,000 rows per call, an automatic index built per call): the selection's proof and write
                // price decide whether it gets one.
                if (table.isEmpty() || !bad || planner.rows(table.get()) < Math.max(1, large / 10)) {
                    continue;
                }
                List<String> equal = new ArrayList<>();
                List<String> range = new ArrayList<>();
                for (SqlParse.Term term : p.parse().terms()) {
                    String column = term.column().column();
                    if (!on(term.column(), table.get(), p, planner) || column.equals("id") || column.equals("rowid")
                            || equal.contains(column) || range.contains(column)) {
                        continue;
                    }
                    // A join column is probed with one value per outer row: an equality for the index.
                    (term.isEquality() ? equal : range).add(column);
                }
                List<String> order = orderTail(p, table.get(), planner, equal);
                partial(p, table.get(), planner, equal, order).ifPresent(candidates::add);
                if (!order.isEmpty()) {
                    // ORDER BY / GROUP BY after the equalities: the index gives the order, no sort.
                    List<String> ordered = new ArrayList<>(equal);
                    order.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
                    candidates.add(new IndexDefinition(table.get(), ordered, Optional.empty()));
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

    /**
     * A partial index for a statement that pins columns of {@code table} to constants ({@code status = 2},
     * {@code unblocking_processed = 0}, {@code x IS NULL}): keyed on its other equalities and its order, holding
     * only the rows the constants select, so smaller and cheaper to maintain than the full index. SQLite uses
     * it only where the WHERE clause implies the predicate; the advisor's re-planning proves that it does.
     */
    static Optional<IndexDefinition> partial(PlannedStatement p, String table, Planner planner, List<String> equal,
            List<String> order) {
        List<String> predicate = new ArrayList<>();
        List<String> pinned = new ArrayList<>();
        for (SqlParse.Term term : p.parse().terms()) {
            String column = term.column().column();
            if (term.kind() == SqlParse.ValueKind.LITERAL && (term.op().equals("=") || term.op().equals("IS"))
                    && on(term.column(), table, p, planner) && !pinned.contains(column)) {
                pinned.add(column);
                predicate.add(column + " " + term.op() + " " + term.value());
            }
        }
        if (predicate.isEmpty()) {
            return Optional.empty();
        }
        List<String> keyed = new ArrayList<>(equal.stream().filter(c -> !pinned.contains(c)).toList());
        order.stream().filter(c -> !keyed.contains(c) && !pinned.contains(c)).forEach(keyed::add);
        return keyed.isEmpty() ? Optional.empty()
                : Optional.of(new IndexDefinition(table, keyed, Optional.of(String.join(" AND ", predicate))));
    }

    /**
     * The ORDER BY (else GROUP BY) columns of the statement's outermost SELECT that has one, when all are
     * columns of {@code table} and not its rowid: the tail of an index that returns the rows in order.
     */
    static List<String> orderTail(PlannedStatement p, String table, Planner planner, List<String> equal) {
        List<List<SqlParse.ColumnRef>> lists = !p.parse().orderBys().isEmpty() ? p.parse().orderBys()
                : p.parse().groupBys();
        if (lists.isEmpty() || lists.get(0).isEmpty()) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        for (SqlParse.ColumnRef c : lists.get(0)) {
            if (!on(c, table, p, planner) || c.column().equals("id") || c.column().equals("rowid")) {
                return List.of();
            }
            columns.add(c.column());
        }
        return equal.containsAll(columns) ? List.of() : columns;
    }

    /**
     * Whether {@code column} is a column of {@code table} in the statement: its table as the parser resolved it,
     * or, for a column the parser could not place (no qualifier, several tables), the only one of the
     * statement's tables that has a column of that name.
     */
    static boolean on(SqlParse.ColumnRef column, String table, PlannedStatement p, Planner planner) {
        if (column.table().isPresent()) {
            return column.table().get().equals(table) && hasColumn(planner, table, column.column());
        }
        if (column.qualifier().isPresent()) {
            return false;
        }
        List<String> having = p.aliases().values().stream().distinct()
                .filter(t -> hasColumn(planner, t, column.column())).toList();
        return having.equals(List.of(table));
    }

    static boolean hasColumn(Planner planner, String table, String column) {
        return hasColumn(planner.connection(), table, column);
    }

    /** Whether {@code table} has a column named {@code column} (case aside) in the schema of {@code c}. */
    static boolean hasColumn(Connection c, String table, String column) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM pragma_table_info('"
                + table.replace("'", "''") + "') WHERE lower(name) = '" + column.replace("'", "''") + "'")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }
}
