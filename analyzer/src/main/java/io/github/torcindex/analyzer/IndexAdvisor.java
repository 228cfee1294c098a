package io.github.torcindex.analyzer;

import io.github.torcindex.TorcIndexException;
import io.github.torcindex.indexer.IndexDefinition;
import io.github.torcindex.indexer.IndexMigrator;
import io.github.torcindex.schema.TorcDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Advises on the indexes of a database for a workload: which to add (each proven by creating it in a scratch
 * copy of the schema and re-planning, as sqlite3's {@code .expert} does, one index preferred over several),
 * which are duplicates, redundant, unused or unusable partial indexes, which make a statement's plan worse,
 * and which foreign keys have no index on their child column. Reads the database only.
 */
public final class IndexAdvisor {

    /**
     * Changes whenever the advisor's proposals for the same database and workload can change (new candidates,
     * a new cost model), so that what was built from older advice (the benchmarks' advised copies) is not reused.
     */
    public static final String VERSION = "3 (partial candidates, foreign-key lookups of deletes)";

    /**
     * Advises on the database's indexes for the catalog's statements.
     *
     * @throws TorcIndexException if the database or the query file can't be used, or a statement can't be planned
     */
    public AdviceReport advise(AdviseOptions options) {
        Optional<QueryCatalog> given = options.workload().early();
        int level = new IndexMigrator().status(options.database(), options.busyTimeout()).level();
        try (TorcDatabase db = TorcDatabase.open(options.database(), TorcDatabase.Access.READ_ONLY,
                options.busyTimeout());
             ScratchSchema scratch = ScratchSchema.copyOf(db.connection())) {
            QueryCatalog catalog = options.workload().load(given, db.torcVersion());
            ParameterSampler sampler = new ParameterSampler(db.connection());
            Planner real = new Planner(db.connection(), sampler);
            Planner planner = new Planner(scratch.connection(), sampler) {
                @Override
                long rows(String table) {
                    return real.rows(table);
                }

                @Override
                long rowsScanned(PlanStep step, String table) {
                    return definitionOf(step).flatMap(IndexDefinition::predicate).isPresent()
                            ? real.rowsScanned(step, table) : real.rows(table);
                }
            };
            PlanCost cost = new PlanCost(db.connection(), planner);
            Map<String, PlannedStatement> plans = new LinkedHashMap<>();
            Map<String, Long> rows = new LinkedHashMap<>();
            List<CatalogStatement> planned = new ArrayList<>(catalog.distinct());
            // What the deletes look up in their tables' children, unseen in their plans.
            planned.addAll(ForeignKeyCheck.deleteChecks(db.connection(), catalog.distinct(), real));
            for (CatalogStatement statement : planned) {
                // DDL and statements SQLite can't prepare are left out: verify reports them.
                Optional<PlannedStatement> maybe = planner.planOrSkip(statement, catalog.source(), new ArrayList<>());
                if (maybe.isEmpty()) {
                    continue;
                }
                PlannedStatement plan = maybe.get();
                plans.put(statement.name(), plan);
                plan.aliases().values().forEach(t -> rows.put(t, real.rows(t)));
            }
            Map<String, Set<String>> usage = ExistingIndexReview.usage(plans.values());
            Map<String, Long> sizes = ExistingIndexReview.sizes(db.connection(), real.indexes());
            List<IndexFinding> findings = new ArrayList<>();
            findings.addAll(ExistingIndexReview.redundant(real.indexes(), usage, plans, sizes));
            findings.addAll(ExistingIndexReview.unused(real.indexes(), usage, plans, sizes));
            findings.addAll(PredicateOrder.findings(db.connection(), scratch.connection(), real.indexes(), sizes));
            findings.addAll(ForeignKeyCheck.unindexedForeignKeys(db.connection(), real, options.largeTableRows()));
            List<PlanRegression> regressions = RegressionProbe.regressions(scratch, planner, cost, plans, usage, real.indexes());
            Set<String> tables = new LinkedHashSet<>();
            plans.values().forEach(p -> tables.addAll(p.aliases().values()));
            AdditionSearch.Additions additions = AdditionSearch.additions(new AdditionSearch.Lab(scratch, planner, cost, plans, db.connection(), tables),
                    options.largeTableRows(), options.budget());
            return new AdviceReport(db.path(), catalog.source(), PlanVerifier.conditions(db, level, rows),
                    additions.proposed(), additions.rejected(), findings, regressions, additions.repairs(),
                    List.copyOf(tables), sizes);
        } catch (SQLException e) {
            throw TorcDatabase.failureOf(options.database().toAbsolutePath(), "analyse the indexes of", e);
        }
    }
}
