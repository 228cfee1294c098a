package io.github.torcindex.analyzer;

import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.CatalogStatement.IndexExpectation;
import io.github.torcindex.analyzer.Violation.Rule;
import io.github.torcindex.indexer.IndexDefinition;
import io.github.torcindex.indexer.IndexMigrator;
import io.github.torcindex.schema.TorcDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proves, statement by statement, which index each query uses, and checks the plans against the catalog's
 * expectations for the database's level and against rules that hold for every statement: no full scan of a
 * large table, no table scanned once per outer row, no automatic index on a large table, no sort where an
 * index is meant to give the order. Each statement is planned unbound and with realistic values.
 */
public final class PlanVerifier {

    /**
     * Checks every statement of the catalog on the database, reading only.
     *
     * @throws io.github.torcindex.TorcIndexException if the database or the query file can't be used (a statement
     *     SQLite can't prepare is not an exception: it is reported in {@link VerifyReport#skipped})
     */
    public VerifyReport verify(VerifyOptions options) {
        Optional<QueryCatalog> given = options.workload().early();
        int level = new IndexMigrator().status(options.database(), options.busyTimeout()).level();
        try (TorcDatabase db = TorcDatabase.open(options.database(), TorcDatabase.Access.READ_ONLY,
                options.busyTimeout())) {
            QueryCatalog catalog = options.workload().load(given, db.torcVersion());
            Planner planner = new Planner(db.connection());
            List<StatementCheck> checks = new ArrayList<>();
            Map<String, Long> rows = new LinkedHashMap<>();
            List<SkippedStatement> skipped = new ArrayList<>();
            for (CatalogStatement statement : catalog.distinct()) {
                // One statement SQLite can't prepare is a finding; the others are still checked.
                Optional<PlannedStatement> maybe = planner.planOrSkip(statement, catalog.source(), skipped);
                if (maybe.isEmpty()) {
                    continue;
                }
                PlannedStatement planned = maybe.get();
                for (String table : new LinkedHashSet<>(planned.aliases().values())) {
                    rows.put(table, planner.rows(table));
                }
                checks.add(new StatementCheck(planned, check(planned, planner, level, options.largeTableRows())));
            }
            return new VerifyReport(db.path(), catalog.source(), catalog.statements().size(),
                    conditions(db, level, rows), checks, skipped);
        } catch (SQLException e) {
            throw TorcDatabase.failureOf(options.database().toAbsolutePath(), "read the query plans of", e);
        }
    }

    static CheckConditions conditions(TorcDatabase db, int level, Map<String, Long> rows) throws SQLException {
        return new CheckConditions(db.sqliteVersion(), level, exists(db, "sqlite_stat1"), exists(db, "sqlite_stat4"),
                rows);
    }

    private static boolean exists(TorcDatabase db, String table) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The violations of one planned statement; both plans are checked, and a finding is kept once. */
    static List<Violation> check(PlannedStatement planned, Planner planner, int level, long large) {
        List<Violation> unbound = rules(planned, planned.unbound(), planner, level, large, "unbound");
        List<Violation> bound = rules(planned, planned.bound(), planner, level, large, "with values");
        List<Violation> all = new ArrayList<>();
        for (Violation v : unbound) {
            boolean alsoBound = bound.stream().anyMatch(b -> b.rule() == v.rule() && b.table().equals(v.table()));
            all.add(alsoBound ? new Violation(v.rule(), v.table(), "both", v.message(), v.why()) : v);
        }
        for (Violation b : bound) {
            if (unbound.stream().noneMatch(v -> v.rule() == b.rule() && v.table().equals(b.table()))) {
                all.add(b);
            }
        }
        return all;
    }

    private static List<Violation> rules(PlannedStatement planned, QueryPlan plan, Planner planner, int level,
            long large, String which) {
        List<Violation> violations = new ArrayList<>();
        CatalogStatement statement = planned.statement();
        for (IndexExpectation expected : statement.expectations().indexes()) {
            // Below --large-table rows a scan is the right plan (SQLite with statistics rightly scans a small
            // table): an expectation is judged only on a table of a size where the index matters.
            if (expected.fromLevel() <= level && planner.rows(expected.table()) >= large) {
                expectation(planned, plan, planner, expected, which).ifPresent(violations::add);
            }
        }
        List<PlanStep> inner = plan.innerLoopAccesses();
        for (PlanStep step : plan.accesses()) {
            Optional<String> table = planned.tableOf(step);
            if (table.isEmpty()) {
                continue;
            }
            long rows = planner.rows(table.get());
            long scanned = planner.rowsScanned(step, table.get());
            boolean allowed = statement.expectations().allowScan().contains(table.get());
            if (step.isFullScan() && scanned >= large && !allowed) {
                boolean nested = inner.contains(step);
                violations.add(new Violation(nested ? Rule.NESTED_SCAN : Rule.FULL_SCAN, table.get(), which,
                        "`" + step.detail() + "` reads all " + scanned + (scanned == rows ? "" : " indexed")
                                + " rows of " + table.get()
                                + (nested ? " once per row of the outer loop" : ""),
                        nested ? "the cost grows with the product of both tables' sizes"
                                : "every execution reads the whole table; its cost grows with every workflow"));
            }
            if (step.access() == PlanStep.Access.AUTOMATIC_INDEX && rows >= large) {
                violations.add(new Violation(Rule.AUTOMATIC_INDEX, table.get(), which, "`" + step.detail()
                        + "`: SQLite builds a temporary index over " + rows + " rows of " + table.get(),
                        "the temporary index is built again on every execution; a permanent one on ("
                                + step.constraints() + ") would be built once"));
            }
        }
        statement.expectations().orderFromLevel().ifPresent(from -> {
            if (from <= level) {
                plan.tempBtree("ORDER BY").ifPresent(sort -> violations.add(new Violation(Rule.TEMP_BTREE_ORDER,
                        planned.aliases().values().stream().findFirst().orElse(""), which,
                        "`" + sort.detail() + "`: the rows are sorted after they are read",
                        "the index is meant to give this order; with the sort, LIMIT no longer stops early")));
            }
        });
        return violations;
    }

    private static Optional<Violation> expectation(PlannedStatement planned, QueryPlan plan, Planner planner,
            IndexExpectation expected, String which) {
        List<PlanStep> steps = plan.accesses().stream()
                .filter(s -> planned.tableOf(s).filter(expected.table()::equals).isPresent()).toList();
        for (PlanStep step : steps) {
            if (expected.isRowid() ? step.access() == PlanStep.Access.INTEGER_PRIMARY_KEY
                    : planner.definitionOf(step).filter(d -> leads(d, expected.columns())).isPresent()) {
                return Optional.empty();
            }
        }
        String used = steps.isEmpty() ? "does not read " + expected.table()
                : "reads it with `" + String.join("`, `", steps.stream().map(PlanStep::detail).toList()) + "`";
        return Optional.of(new Violation(Rule.EXPECTED_INDEX, expected.table(), which, "expected an index on "
                + expected.table() + "(" + String.join(", ", expected.columns()) + (expected.isRowid() ? "" : ", ...")
                + ") from level " + expected.fromLevel() + "; the plan " + used,
                "this is the access path the index phases are meant to give this query"));
    }

    private static boolean leads(IndexDefinition definition, List<String> columns) {
        return definition.columns().size() >= columns.size()
                && definition.columns().subList(0, columns.size()).equals(columns);
    }
}
