package io.github.torcindex.analyzer;

import io.github.torcindex.analyzer.ProposedIndex.PlanChange;
import io.github.torcindex.indexer.IndexDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Searches for indexes to add: each candidate is created in the scratch schema, judged with the statistics
 * ANALYZE would write, kept only if it makes statements read less and none read more, and pruned when the
 * others make it unnecessary.
 */
final class AdditionSearch {

    private AdditionSearch() {
    }

    static final double IMPROVEMENT = 2.0;

    /** The indexes to add, and those that would serve statements but make others slower (not proposed). */
    record Additions(List<ProposedIndex> proposed, List<ProposedIndex> rejected, List<StatisticsRepair> repairs) {
    }

    /**
     * What a trial needs: the scratch schema and its planner, the cost model, the statements as planned on the
     * database, and the rows (real database) and tables from which statistics are computed.
     */
    record Lab(ScratchSchema scratch, Planner planner, PlanCost cost, Map<String, PlannedStatement> plans,
            Connection real, Set<String> tables) {
    }

    /**
     * Candidate indexes from the statements that read a large table badly, proven one by one and chosen
     * greedily, as the planner will see them once ANALYZE has run (torc-index phase 4): with the statistics
     * ANALYZE would write, computed from the table contents. A candidate that, added to those chosen, makes
     * any statement read more rows is not proposed but reported with its price. One that does so only without
     * statistics is proposed on condition that ANALYZE runs ({@link ProposedIndex#needsStatistics()}).
     */
    static Additions additions(Lab lab, long large, AdviceBudget budget) throws SQLException {
        // The baseline every candidate is judged against: the database as it is, with the statistics ANALYZE
        // would write (the advice ends with that ANALYZE). What the statistics alone repair is reported as a
        // repair of its own, and no index gets the credit for it.
        Map<String, PlannedStatement> analyzed = experiment(lab, List.of(), true, () -> planAll(lab));
        List<StatisticsRepair> repairs = StatisticsRepairs.find(lab, analyzed);
        Lab judged = new Lab(lab.scratch(), lab.planner(), lab.cost(), analyzed, lab.real(), lab.tables());
        Map<IndexDefinition, List<PlanChange>> proven = new LinkedHashMap<>();
        for (IndexDefinition candidate : CandidateSearch.candidates(lab.plans().values(), lab.planner(), large)) {
            List<PlanChange> served = trial(judged, List.of(candidate), true).better();
            if (!served.isEmpty()) {
                proven.put(candidate, served);
            }
        }
        // The largest weighted saving per byte first, as Extend orders its candidates (rows no longer read, times
        // each statement's weight: its -- weight: or a log's execution count; over the index's estimated size):
        // file(workflow_id) before file(workflow_id, path) where both serve a workflow's files. Among equals,
        // the one that leaves the fewest rows to read, then the narrower one.
        WritePrice writes = new WritePrice(judged);
        Map<IndexDefinition, Double> perByte = new LinkedHashMap<>();
        for (IndexDefinition d : proven.keySet()) {
            perByte.put(d, proven.get(d).stream().mapToDouble(c -> weight(lab, c.statement())
                    * (c.rowsBefore() - c.rowsAfter())).sum() / Math.max(1L, writes.bytes(d)));
        }
        List<IndexDefinition> order = new ArrayList<>(proven.keySet());
        order.sort(Comparator.comparingDouble((IndexDefinition d) -> -perByte.get(d))
                .thenComparingDouble(d -> proven.get(d).stream().mapToDouble(PlanChange::rowsAfter).sum())
                .thenComparingInt(d -> d.columns().size()));
        List<IndexDefinition> chosen = new ArrayList<>();
        Map<IndexDefinition, IndexPrice> prices = new LinkedHashMap<>();
        List<ProposedIndex> rejected = new ArrayList<>();
        Set<String> served = new LinkedHashSet<>();
        double writeBase = Math.max(1.0, writes.baseline());
        double writesAdded = 0;
        long bytesAdded = 0;
        // Two passes: a candidate that makes a statement read more rows is tried again after the others, when an
        // index chosen later may serve that statement (file(workflow_id, path) sorts a workflow's files for
        // WHERE workflow_id = ? ORDER BY id LIMIT ?, which file(workflow_id) then serves in rowid order).
        List<IndexDefinition> queue = order;
        for (int pass = 0; pass < 2; pass++) {
            List<IndexDefinition> retry = new ArrayList<>();
            for (IndexDefinition d : queue) {
                List<String> statements = proven.get(d).stream().map(PlanChange::statement).toList();
                Marginal marginal = null;
                if (served.containsAll(statements)) {
                    marginal = Marginal.of(judged, chosen, d);
                    if (!marginal.servesBetter()) {
                        continue;
                    }
                }
                List<IndexDefinition> existing = new ArrayList<>(chosen);
                judged.planner().indexes().forEach(i -> i.definition().ifPresent(existing::add));
                Optional<IndexDefinition> longer = existing.stream().filter(c -> c.table().equals(d.table())
                        && c.predicate().equals(d.predicate()) && c.columns().size() > d.columns().size()
                        && c.columns().subList(0, d.columns().size()).equals(d.columns())).findFirst();
                // Tried with the indexes chosen so far, as the DBA would have them: the planner may prefer it where
                // another index was better.
                List<IndexDefinition> with = new ArrayList<>(chosen);
                with.add(d);
                Trial trial = trial(judged, with, true);
                String temp = "tix_advice_" + chosen.size();
                List<PlanChange> better = renamed(trial.better(), temp, adviceName(d));
                List<PlanChange> price = renamed(trial.worse(), temp, adviceName(d));
                if (longer.isPresent() && better.isEmpty()) {
                    // With statistics SQLite serves its lookups from the longer index and leaves this one unused (a
                    // redundant prefix). Where the planner does use it, it gives an order the longer index does not
                    // (rowid order within the prefix: WHERE workflow_id = ? ORDER BY id) and is judged as any other.
                    rejected.add(new ProposedIndex(adviceName(d), d, proven.get(d), List.of(), false,
                            IndexPrice.unpriced("it is a prefix of " + (chosen.contains(longer.get())
                                    ? adviceName(longer.get()) + ", proposed already" : "an existing index on "
                                    + longer.get()))));
                    continue;
                }
                if (!price.isEmpty()) {
                    if (pass == 0) {
                        retry.add(d);
                    } else {
                        rejected.add(new ProposedIndex(adviceName(d), d, better, price, false,
                                IndexPrice.unpriced("it makes other statements read more rows")));
                    }
                    continue;
                }
                // The marginal saving over the indexes chosen so far, weighted; against the weighted write cost.
                double saving = (marginal == null ? Marginal.of(judged, chosen, d) : marginal).saving(judged);
                Map.Entry<Double, List<String>> cost = writes.of(d);
                IndexPrice p = new IndexPrice(saving, cost.getKey(), cost.getValue(), writes.bytes(d),
                        Optional.empty());
                Optional<String> over = budget.exceededBy(chosen.size() + 1, bytesAdded + p.bytes(),
                        100 * (writesAdded + cost.getKey()) / writeBase);
                if (saving <= cost.getKey()) {
                    rejected.add(new ProposedIndex(adviceName(d), d, better, List.of(), false, p.rejected(String.format(
                            Locale.ROOT, "its weighted write cost (%,.0f) is at least the reads it saves (%,.0f)",
                            cost.getKey(), saving))));
                } else if (over.isPresent()) {
                    rejected.add(new ProposedIndex(adviceName(d), d, better, List.of(), false, p.rejected(over.get())));
                } else {
                    chosen.add(d);
                    prices.put(d, p);
                    served.addAll(statements);
                    writesAdded += cost.getKey();
                    bytesAdded += p.bytes();
                }
            }
            queue = retry;
        }
        prune(judged, chosen);
        // The final proof: all chosen indexes together, as a DBA would create them, with statistics; and
        // without, for the price of forgetting ANALYZE.
        Trial together = trial(judged, chosen, true);
        Trial unanalyzed = trial(lab, chosen, false);
        List<ProposedIndex> additions = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String name = adviceName(chosen.get(i));
            String temp = "tix_advice_" + i;
            List<PlanChange> proofs = renamed(together.better(), temp, name);
            List<PlanChange> withoutStatistics = renamed(unanalyzed.worse(), temp, name);
            if (!proofs.isEmpty()) {
                additions.add(new ProposedIndex(name, chosen.get(i), proofs, withoutStatistics,
                        !withoutStatistics.isEmpty(), prices.get(chosen.get(i))));
            }
        }
        return new Additions(additions, rejected, repairs);
    }

    /**
     * Drops, newest first, each chosen index that the others make unnecessary: without it no statement reads
     * more rows (the greedy choice can pick an index for a statement that a later one serves better, and the
     * planner may then prefer the worse of the two).
     */
    static void prune(Lab lab, List<IndexDefinition> chosen) throws SQLException {
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

    /**
     * The rows each statement reading a candidate's table reads with the indexes chosen so far ({@code before})
     * and with the candidate too ({@code after}), both with statistics.
     */
    private record Marginal(Map<String, Double> before, Map<String, Double> after) {

        static Marginal of(Lab lab, List<IndexDefinition> chosen, IndexDefinition d) throws SQLException {
            List<IndexDefinition> with = new ArrayList<>(chosen);
            with.add(d);
            return new Marginal(rowsOn(lab, chosen, d.table()), rowsOn(lab, with, d.table()));
        }

        /**
         * Whether some statement reads at least {@link #IMPROVEMENT} times fewer rows (and 100 fewer) with the
         * candidate: a statement an index chosen before serves can still be served better (a prefix giving the
         * rowid order a longer index can't).
         */
        boolean servesBetter() {
            return before.entrySet().stream().anyMatch(e -> {
                double now = after.getOrDefault(e.getKey(), e.getValue());
                return e.getValue() >= IMPROVEMENT * Math.max(1.0, now) && e.getValue() - now >= 100;
            });
        }

        /** The weighted rows the candidate saves over the indexes chosen so far. */
        double saving(Lab lab) {
            double saving = 0;
            for (Map.Entry<String, Double> e : before.entrySet()) {
                saving += weight(lab, e.getKey()) * (e.getValue() - after.getOrDefault(e.getKey(), e.getValue()));
            }
            return saving;
        }
    }

    private static Map<String, Double> rowsOn(Lab lab, List<IndexDefinition> indexes, String table)
            throws SQLException {
        return experiment(lab, indexes, true, () -> {
            Map<String, Double> rows = new LinkedHashMap<>();
            for (PlannedStatement before : lab.plans().values()) {
                if (before.aliases().containsValue(table)) {
                    PlannedStatement after = lab.planner().plan(before.statement(), "scratch");
                    rows.put(before.statement().name(), lab.cost().rowsRead(after, after.unbound()));
                }
            }
            return rows;
        });
    }

    private static double weight(Lab lab, String statement) {
        PlannedStatement p = lab.plans().get(statement);
        return p == null ? 1.0 : p.statement().weight();
    }

    /** Every statement of the workload planned again in the scratch schema as it now is. */
    static Map<String, PlannedStatement> planAll(Lab lab) {
        Map<String, PlannedStatement> plans = new LinkedHashMap<>();
        for (PlannedStatement p : lab.plans().values()) {
            plans.put(p.statement().name(), lab.planner().plan(p.statement(), "scratch"));
        }
        return plans;
    }

    /** Rows each statement reads with {@code indexes} created in the scratch schema, with statistics. */
    static Map<String, Double> rowsRead(Lab lab, List<IndexDefinition> indexes) throws SQLException {
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
    static List<PlanChange> renamed(List<PlanChange> changes, String temp, String name) {
        return changes.stream().filter(p -> p.after().contains(temp + " "))
                .map(p -> new PlanChange(p.statement(), p.before(), p.after().replace(temp, name), p.rowsBefore(),
                        p.rowsAfter())).toList();
    }

    /**
     * tia_TABLE_COLUMNS, and for a partial index _where_ and its predicate's words (a partial and a full index
     * on the same columns can both be proposed: they need two names).
     */
    static String adviceName(IndexDefinition d) {
        String where = d.predicate().map(p -> "_where_" + String.join("_", Arrays.stream(
                p.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+")).filter(w -> !w.isEmpty()
                        && !w.matches("and|or|not|in|is|null")).toList())).orElse("");
        return ProposedIndex.NAME_PREFIX + d.table() + "_" + String.join("_", d.columns()) + where;
    }

    /** What creating some indexes does to the statements that use them. */
    record Trial(List<PlanChange> better, List<PlanChange> worse) {
    }

    /**
     * Creates the indexes in the scratch schema (as {@code tix_advice_N}), re-plans, and sorts the statements
     * using them by effect: far fewer rows read, or more.
     */
    static Trial trial(Lab lab, List<IndexDefinition> indexes, boolean statistics) throws SQLException {
        return experiment(lab, indexes, statistics, () -> compare(lab, indexes));
    }

    /**
     * Runs {@code work} with the indexes created in the scratch schema and, if asked, the statistics ANALYZE
     * would write for the tables of the workload; then drops them again.
     */
    static <T> T experiment(Lab lab, List<IndexDefinition> indexes, boolean statistics,
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
    static Trial compare(Lab lab, List<IndexDefinition> indexes) throws SQLException {
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
}
