package io.github.torcindex.analyzer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.IndexFinding.Kind;
import io.github.torcindex.analyzer.ProposedIndex.PlanChange;
import io.github.torcindex.indexer.ExistingIndex;
import io.github.torcindex.indexer.IndexDefinition;
import io.github.torcindex.indexer.IndexMigrator;
import io.github.torcindex.schema.TorcDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advises on the indexes of a database for a workload: which to add (each proven by creating it in a scratch
 * copy of the schema and re-planning, as sqlite3's {@code .expert} does, one index preferred over several),
 * which are duplicates, redundant, unused or unusable partial indexes, which make a statement's plan worse,
 * and which foreign keys have no index on their child column. Reads the database only.
 */
public final class IndexAdvisor {

    private static final Pattern TERM = Pattern.compile(
            "(?i)(?:\\b(\\w+)\\.)?\\b(\\w+)\\s*(=|\\bIN\\b|\\bIS\\b|>=|<=|>|<|\\bBETWEEN\\b)");
    private static final Pattern ORDER_BY = Pattern.compile("(?is)\\bORDER\\s+BY\\s+(.+?)(?:\\bLIMIT\\b|$)");
    private static final double IMPROVEMENT = 2.0;

    /**
     * Advises on the database's indexes for the catalog's statements.
     *
     * @throws TorcIndexException if the database or the query file can't be used, or a statement can't be planned
     */
    public AdviceReport advise(AdviseOptions options) {
        QueryCatalog catalog = options.queries().map(QueryCatalog::read).orElseGet(QueryCatalog::builtIn);
        int level = new IndexMigrator().status(options.database(), options.busyTimeout()).level();
        try (TorcDatabase db = TorcDatabase.open(options.database(), TorcDatabase.Access.READ_ONLY,
                options.busyTimeout());
             ScratchSchema scratch = ScratchSchema.copyOf(db.connection())) {
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
            for (CatalogStatement statement : catalog.statements()) {
                PlannedStatement planned = planner.plan(statement, catalog.source());
                plans.put(statement.name(), planned);
                planned.aliases().values().forEach(t -> rows.put(t, real.rows(t)));
            }
            Map<String, Set<String>> usage = usage(plans.values());
            Map<String, Long> sizes = sizes(db.connection(), real.indexes());
            List<IndexFinding> findings = new ArrayList<>();
            findings.addAll(redundant(real.indexes(), usage, plans, sizes));
            findings.addAll(unused(real.indexes(), usage, plans, sizes));
            findings.addAll(unindexedForeignKeys(db.connection(), real, options.largeTableRows()));
            List<PlanRegression> regressions = regressions(scratch, planner, cost, plans, usage, real.indexes());
            Set<String> tables = new LinkedHashSet<>();
            plans.values().forEach(p -> tables.addAll(p.aliases().values()));
            Additions additions = additions(new Lab(scratch, planner, cost, plans, db.connection(), tables),
                    options.largeTableRows());
            return new AdviceReport(db.path(), catalog.source(), PlanVerifier.conditions(db, level, rows),
                    additions.proposed(), additions.rejected(), findings, regressions, sizes);
        } catch (SQLException e) {
            throw new TorcIndexException(ErrorCode.INTERNAL, "Could not analyse the indexes of "
                    + options.database() + ": " + e.getMessage(), e);
        }
    }

    /** Index name (lower case) to the statements whose plans use it. */
    private static Map<String, Set<String>> usage(Iterable<PlannedStatement> plans) {
        Map<String, Set<String>> usage = new HashMap<>();
        for (PlannedStatement p : plans) {
            for (QueryPlan plan : List.of(p.unbound(), p.bound())) {
                for (PlanStep step : plan.accesses()) {
                    step.index().ifPresent(i -> usage.computeIfAbsent(i.toLowerCase(Locale.ROOT),
                            k -> new LinkedHashSet<>()).add(p.statement().name()));
                }
            }
        }
        return usage;
    }

    private static List<IndexFinding> redundant(List<ExistingIndex> indexes, Map<String, Set<String>> usage,
            Map<String, PlannedStatement> plans, Map<String, Long> sizes) {
        List<IndexFinding> findings = new ArrayList<>();
        List<ExistingIndex> sorted = indexes.stream().sorted(Comparator.comparing(ExistingIndex::name)).toList();
        for (ExistingIndex a : sorted) {
            if (!a.origin().equals("c") || a.definition().isEmpty()) {
                continue; // indexes behind PRIMARY KEY and UNIQUE constraints are never proposed for dropping
            }
            IndexDefinition def = a.definition().get();
            for (ExistingIndex b : sorted) {
                if (b == a || b.definition().isEmpty()) {
                    continue;
                }
                if (b.definition().get().equals(def)) {
                    // Keep the constraint's index, or Torc's own over torc-index's, or the first by name.
                    boolean dropA = !b.origin().equals("c") || (a.isOwnedByTorcIndex() && !b.isOwnedByTorcIndex())
                            || (a.isOwnedByTorcIndex() == b.isOwnedByTorcIndex() && a.name().compareTo(b.name()) > 0);
                    if (dropA) {
                        findings.add(new IndexFinding(Kind.DUPLICATE, a.name(), def.table(), def.toString(),
                                b.name() + " has the same table, columns and predicate; drop " + a.name()
                                        + ", keep " + b.name(), sizes.getOrDefault(a.name(), -1L)));
                        break;
                    }
                } else if (!a.unique() && def.isLeftPrefixOf(b.definition().get())) {
                    Set<String> users = usage.getOrDefault(a.name().toLowerCase(Locale.ROOT), Set.of());
                    List<String> rowidOrder = users.stream().filter(s -> ordersByRowid(plans.get(s), def)).toList();
                    findings.add(new IndexFinding(Kind.REDUNDANT_PREFIX, a.name(), def.table(), def.toString(),
                            b.name() + " on " + b.definition().get() + " serves every lookup " + a.name()
                                    + " serves" + (rowidOrder.isEmpty() ? ". Not quite everything: " + a.name()
                                    + " is also ordered by rowid, which no statement of this workload needs"
                                    : "; but " + rowidOrder + " also need its rowid order (ORDER BY id after "
                                    + "an equality on " + def.columns() + "), which " + b.name() + " can't give")
                                    + (users.isEmpty() ? "; no statement uses it" : "; used by " + users),
                            sizes.getOrDefault(a.name(), -1L)));
                    break;
                }
            }
        }
        return findings;
    }

    private static boolean ordersByRowid(PlannedStatement planned, IndexDefinition def) {
        Matcher m = ORDER_BY.matcher(planned.statement().sql());
        if (!m.find()) {
            return false;
        }
        String order = m.group(1).strip().toLowerCase(Locale.ROOT);
        return order.matches("(\\w+\\.)?(id|rowid)(\\s+asc|\\s+desc)?\\s*")
                && planned.aliases().containsValue(def.table());
    }

    private static List<IndexFinding> unused(List<ExistingIndex> indexes, Map<String, Set<String>> usage,
            Map<String, PlannedStatement> plans, Map<String, Long> sizes) {
        List<IndexFinding> findings = new ArrayList<>();
        for (ExistingIndex index : indexes) {
            if (!index.origin().equals("c") || usage.containsKey(index.name().toLowerCase(Locale.ROOT))
                    || index.definition().isEmpty()) {
                continue;
            }
            IndexDefinition def = index.definition().get();
            List<String> writes = plans.values().stream().filter(p -> p.statement().write())
                    .filter(p -> p.aliases().containsValue(def.table())).map(p -> p.statement().name()).toList();
            String slows = writes.isEmpty() ? "" : "; it adds work to " + writes;
            boolean matched = def.predicate().isPresent() && plans.values().stream().anyMatch(p ->
                    IndexDefinition.normalizePredicate(p.statement().sql()).contains(def.predicate().get()));
            if (def.predicate().isPresent() && matched) {
                List<String> matching = plans.values().stream().filter(p -> IndexDefinition.normalizePredicate(
                        p.statement().sql()).contains(def.predicate().get())).map(p -> p.statement().name()).toList();
                findings.add(new IndexFinding(Kind.UNUSED, index.name(), def.table(), def.toString(),
                        matching + " match its predicate, but SQLite prefers another index for them; no plan of "
                                + "the workload uses it" + slows, sizes.getOrDefault(index.name(), -1L)));
            } else if (def.predicate().isPresent()) {
                findings.add(new IndexFinding(Kind.UNUSABLE_PARTIAL, index.name(), def.table(), def.toString(),
                        "no statement of the workload has WHERE terms that match its predicate; SQLite uses a "
                                + "partial index only when the query's WHERE clause implies `" + def.predicate().get()
                                + "` term by term (for example `WHERE " + def.columns().get(0) + " = ? AND "
                                + def.predicate().get() + "`)" + slows, sizes.getOrDefault(index.name(), -1L)));
            } else {
                findings.add(new IndexFinding(Kind.UNUSED, index.name(), def.table(), def.toString(),
                        "no plan of the workload uses it" + slows, sizes.getOrDefault(index.name(), -1L)));
            }
        }
        return findings;
    }

    private static List<IndexFinding> unindexedForeignKeys(Connection c, Planner real, long large)
            throws SQLException {
        List<IndexFinding> findings = new ArrayList<>();
        for (String table : TorcDatabase.TABLES) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list('" + table + "')")) {
                while (rs.next()) {
                    String parent = rs.getString(1);
                    String column = rs.getString(2).toLowerCase(Locale.ROOT);
                    boolean indexed = isRowid(c, table, column) || real.indexes().stream()
                            .map(ExistingIndex::definition).flatMap(Optional::stream)
                            .filter(d -> d.table().equals(table) && d.predicate().isEmpty())
                            .anyMatch(d -> d.columns().get(0).equals(column));
                    if (!indexed && real.rows(table) >= large) {
                        findings.add(new IndexFinding(Kind.UNINDEXED_FOREIGN_KEY, table + "." + column, table,
                                "FOREIGN KEY (" + column + ") REFERENCES " + parent + " ON DELETE "
                                        + rs.getString(3), "no index leads with " + column + ": every delete "
                                        + "of a " + parent + " row scans all " + real.rows(table) + " rows of "
                                        + table + " (foreign_keys is on in Torc)", -1));
                    }
                }
            }
        }
        return findings;
    }

    /** Whether {@code column} is the table's INTEGER PRIMARY KEY, that is, its rowid. */
    private static boolean isRowid(Connection c, String table, String column) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT lower(name), upper(type) FROM pragma_table_info('" + table + "') WHERE pk > 0")) {
            boolean single = rs.next() && rs.getString(1).equals(column) && rs.getString(2).equals("INTEGER");
            return single && !rs.next();
        }
    }

    private static Map<String, Long> sizes(Connection c, List<ExistingIndex> indexes) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name")) {
            Map<String, Long> all = new HashMap<>();
            while (rs.next()) {
                all.put(rs.getString(1), rs.getLong(2));
            }
            indexes.stream().map(ExistingIndex::name).sorted().forEach(n -> sizes.put(n, all.getOrDefault(n, -1L)));
        } catch (SQLException e) {
            indexes.stream().map(ExistingIndex::name).sorted().forEach(n -> sizes.put(n, -1L));
        }
        return sizes;
    }

    /** For each index a plan uses: drop it in the scratch schema and see whether the plan gets better. */
    private static List<PlanRegression> regressions(ScratchSchema scratch, Planner planner, PlanCost cost,
            Map<String, PlannedStatement> plans, Map<String, Set<String>> usage, List<ExistingIndex> indexes)
            throws SQLException {
        List<PlanRegression> regressions = new ArrayList<>();
        for (ExistingIndex index : indexes) {
            Set<String> users = usage.getOrDefault(index.name().toLowerCase(Locale.ROOT), Set.of());
            Optional<String> sql = createSql(scratch.connection(), index.name());
            if (!index.origin().equals("c") || users.isEmpty() || sql.isEmpty()) {
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
                if (rowsWith > IMPROVEMENT * rowsWithout && rowsWith - rowsWithout >= 100) {
                    regressions.add(new PlanRegression(index.name(), new PlanChange(name,
                            without.unbound().oneLine(), with.unbound().oneLine(), rowsWithout, rowsWith)));
                }
            }
            scratch.execute(sql.get());
            planner.refreshIndexes();
        }
        return regressions;
    }

    private static Optional<String> createSql(Connection c, String index) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '" + index.replace("'", "''") + "'")) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    /** The indexes to add, and those that would serve statements but make others slower (not proposed). */
    private record Additions(List<ProposedIndex> proposed, List<ProposedIndex> rejected) {
    }

    /**
     * What a trial needs: the scratch schema and its planner, the cost model, the statements as planned on the
     * database, and the rows (real database) and tables from which statistics are computed.
     */
    private record Lab(ScratchSchema scratch, Planner planner, PlanCost cost, Map<String, PlannedStatement> plans,
            Connection real, Set<String> tables) {
    }

    /**
     * Candidate indexes from the statements that read a large table badly, proven one by one and chosen
     * greedily, as the planner will see them once ANALYZE has run (torc-index phase 4): with the statistics
     * ANALYZE would write, computed from the table contents. A candidate that, added to those chosen, makes
     * any statement read more rows is not proposed but reported with its price. One that does so only without
     * statistics is proposed on condition that ANALYZE runs ({@link ProposedIndex#needsStatistics()}).
     */
    private static Additions additions(Lab lab, long large) throws SQLException {
        Map<IndexDefinition, List<PlanChange>> proven = new LinkedHashMap<>();
        for (IndexDefinition candidate : candidates(lab.plans().values(), lab.planner(), large)) {
            List<PlanChange> served = trial(lab, List.of(candidate), true).better();
            if (!served.isEmpty()) {
                proven.put(candidate, served);
            }
        }
        // Most statements served first; among equals, the one that leaves the fewest rows to read, then the
        // narrower one.
        List<IndexDefinition> order = new ArrayList<>(proven.keySet());
        order.sort(Comparator.comparingInt((IndexDefinition d) -> -proven.get(d).size())
                .thenComparingDouble(d -> proven.get(d).stream().mapToDouble(PlanChange::rowsAfter).sum())
                .thenComparingInt(d -> d.columns().size()));
        List<IndexDefinition> chosen = new ArrayList<>();
        List<ProposedIndex> rejected = new ArrayList<>();
        Set<String> served = new LinkedHashSet<>();
        for (IndexDefinition d : order) {
            List<String> statements = proven.get(d).stream().map(PlanChange::statement).toList();
            if (served.containsAll(statements)) {
                continue;
            }
            // Tried with the indexes chosen so far, as the DBA would have them: the planner may prefer it where
            // another index was better.
            List<IndexDefinition> with = new ArrayList<>(chosen);
            with.add(d);
            Trial trial = trial(lab, with, true);
            String temp = "tix_advice_" + chosen.size();
            List<PlanChange> price = renamed(trial.worse(), temp, adviceName(d));
            if (price.isEmpty()) {
                chosen.add(d);
                served.addAll(statements);
            } else {
                rejected.add(new ProposedIndex(adviceName(d), d, renamed(trial.better(), temp, adviceName(d)),
                        price, false));
            }
        }
        prune(lab, chosen);
        // The final proof: all chosen indexes together, as a DBA would create them, with statistics; and
        // without, for the price of forgetting ANALYZE.
        Trial together = trial(lab, chosen, true);
        Trial unanalyzed = trial(lab, chosen, false);
        List<ProposedIndex> additions = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String name = adviceName(chosen.get(i));
            String temp = "tix_advice_" + i;
            List<PlanChange> proofs = renamed(together.better(), temp, name);
            List<PlanChange> withoutStatistics = renamed(unanalyzed.worse(), temp, name);
            if (!proofs.isEmpty()) {
                additions.add(new ProposedIndex(name, chosen.get(i), proofs, withoutStatistics,
                        !withoutStatistics.isEmpty()));
            }
        }
        return new Additions(additions, rejected);
    }

    /**
     * Drops, newest first, each chosen index that the others make unnecessary: without it no statement reads
     * more rows (the greedy choice can pick an index for a statement that a later one serves better, and the
     * planner may then prefer the worse of the two).
     */
    private static void prune(Lab lab, List<IndexDefinition> chosen) throws SQLException {
        for (int i = chosen.size() - 1; i >= 0 && chosen.size() > 1; i--) {
            Map<String, Double> with = rowsRead(lab, chosen);
            List<IndexDefinition> without = new ArrayList<>(chosen);
            without.remove(i);
            Map<String, Double> rows = rowsRead(lab, without);
            boolean needed = with.entrySet().stream().anyMatch(e -> rows.get(e.getKey())
                    > Math.max(e.getValue() * 1.1, e.getValue() + 10));
            if (!needed) {
                chosen.remove(i);
            }
        }
    }

    /** Rows each statement reads with {@code indexes} created in the scratch schema, with statistics. */
    private static Map<String, Double> rowsRead(Lab lab, List<IndexDefinition> indexes) throws SQLException {
        return experiment(lab, indexes, true, () -> {
            Map<String, Double> rows = new LinkedHashMap<>();
            for (PlannedStatement before : lab.plans().values()) {
                PlannedStatement after = lab.planner().plan(before.statement(), "scratch");
                rows.put(before.statement().name(), lab.cost().rowsRead(after, after.unbound()));
            }
            return rows;
        });
    }

    /** The changes whose plan uses the temporary index {@code temp}, with its final name in the plan. */
    private static List<PlanChange> renamed(List<PlanChange> changes, String temp, String name) {
        return changes.stream().filter(p -> p.after().contains(temp + " "))
                .map(p -> new PlanChange(p.statement(), p.before(), p.after().replace(temp, name), p.rowsBefore(),
                        p.rowsAfter())).toList();
    }

    private static String adviceName(IndexDefinition d) {
        return "tix_" + d.table() + "_" + String.join("_", d.columns());
    }

    /** What creating some indexes does to the statements that use them. */
    private record Trial(List<PlanChange> better, List<PlanChange> worse) {
    }

    /**
     * Creates the indexes in the scratch schema (as {@code tix_advice_N}), re-plans, and sorts the statements
     * using them by effect: far fewer rows read, or more.
     */
    private static Trial trial(Lab lab, List<IndexDefinition> indexes, boolean statistics) throws SQLException {
        return experiment(lab, indexes, statistics, () -> compare(lab, indexes));
    }

    /**
     * Runs {@code work} with the indexes created in the scratch schema and, if asked, the statistics ANALYZE
     * would write for the tables of the workload; then drops them again.
     */
    private static <T> T experiment(Lab lab, List<IndexDefinition> indexes, boolean statistics,
            ScratchSchema.Work<T> work) throws SQLException {
        for (int i = 0; i < indexes.size(); i++) {
            IndexDefinition d = indexes.get(i);
            lab.scratch().execute("CREATE INDEX tix_advice_" + i + " ON \"" + d.table() + "\"("
                    + String.join(", ", d.columns().stream().map(c -> "\"" + c + "\"").toList()) + ")"
                    + d.predicate().map(p -> " WHERE " + p).orElse(""));
        }
        lab.planner().refreshIndexes();
        try {
            return statistics ? lab.scratch().withComputedStatistics(lab.real(), lab.tables(), work) : work.run();
        } finally {
            for (int i = 0; i < indexes.size(); i++) {
                lab.scratch().execute("DROP INDEX tix_advice_" + i);
            }
            lab.planner().refreshIndexes();
        }
    }

    /** Re-plans the statements on the tables of {@code indexes} and sorts those using them by effect. */
    private static Trial compare(Lab lab, List<IndexDefinition> indexes) throws SQLException {
        List<PlanChange> changes = new ArrayList<>();
        List<PlanChange> worse = new ArrayList<>();
        Set<String> tables = new LinkedHashSet<>();
        indexes.forEach(d -> tables.add(d.table()));
        for (PlannedStatement before : lab.plans().values()) {
            if (before.aliases().values().stream().noneMatch(tables::contains)) {
                continue;
            }
            PlannedStatement after = lab.planner().plan(before.statement(), "scratch");
            boolean uses = after.unbound().accesses().stream()
                    .anyMatch(s -> s.index().filter(n -> n.startsWith("tix_advice_")).isPresent());
            if (!uses) {
                continue;
            }
            double rowsBefore = lab.cost().rowsRead(before, before.unbound());
            double rowsAfter = lab.cost().rowsRead(after, after.unbound());
            PlanChange change = new PlanChange(before.statement().name(), before.unbound().oneLine(),
                    after.unbound().oneLine(), rowsBefore, rowsAfter);
            if (rowsBefore >= IMPROVEMENT * Math.max(1.0, rowsAfter)) {
                changes.add(change);
            } else if (rowsAfter > IMPROVEMENT * rowsBefore && rowsAfter - rowsBefore >= 100) {
                worse.add(change);
            }
        }
        return new Trial(changes, worse);
    }

    private static List<IndexDefinition> candidates(Iterable<PlannedStatement> plans, Planner planner, long large) {
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

    private static boolean hasColumn(Planner planner, String table, String column) {
        try (Statement st = planner.connection().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT 1 FROM pragma_table_info('" + table + "') WHERE lower(name) = '" + column + "'")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }
}
