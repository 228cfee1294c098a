package io.github.torcindex.analyzer;

import io.github.torcindex.analyzer.IndexFinding.Kind;
import io.github.torcindex.indexer.ExistingIndex;
import io.github.torcindex.indexer.IndexDefinition;
import io.github.torcindex.indexer.IndexOrigin;
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
import java.util.Set;

/**
 * Reviews the indexes a database has against a workload's plans: duplicates, left-prefix redundancy, indexes
 * no statement uses, and their sizes (dbstat).
 */
final class ExistingIndexReview {

    private ExistingIndexReview() {
    }

    /** Index name (lower case) to the statements whose plans use it. */
    static Map<String, Set<String>> usage(Iterable<PlannedStatement> plans) {
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

    static List<IndexFinding> redundant(List<ExistingIndex> indexes, Map<String, Set<String>> usage,
            Map<String, PlannedStatement> plans, Map<String, Long> sizes) {
        List<IndexFinding> findings = new ArrayList<>();
        List<ExistingIndex> sorted = indexes.stream().sorted(Comparator.comparing(ExistingIndex::name)).toList();
        for (ExistingIndex a : sorted) {
            if (a.origin() != IndexOrigin.CREATE_INDEX || a.definition().isEmpty()) {
                continue; // indexes behind PRIMARY KEY and UNIQUE constraints are never proposed for dropping
            }
            IndexDefinition def = a.definition().get();
            for (ExistingIndex b : sorted) {
                if (b == a || b.definition().isEmpty()) {
                    continue;
                }
                if (b.definition().get().equals(def)) {
                    // Keep the constraint's index, or Torc's own over torc-index's, or the first by name.
                    boolean dropA = b.origin() != IndexOrigin.CREATE_INDEX
                            || (a.isOwnedByTorcIndex() && !b.isOwnedByTorcIndex())
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
                    List<String> longer = b.definition().get().columns();
                    String next = longer.get(def.columns().size());
                    if (!rowidOrder.isEmpty() && !next.equals("id") && !next.equals("rowid")) {
                        // Not redundant: these statements need its rowid order (ORDER BY id after an equality on
                        // its columns), which the longer index can't give.
                        continue;
                    }
                    findings.add(new IndexFinding(Kind.REDUNDANT_PREFIX, a.name(), def.table(), def.toString(),
                            b.name() + " on " + b.definition().get() + " serves every lookup " + a.name()
                                    + " serves" + (rowidOrder.isEmpty() ? ". Not quite everything: " + a.name()
                                    + " is also ordered by rowid, which no statement of this workload needs" : "")
                                    + (users.isEmpty() ? "; no statement uses it" : "; used by " + users),
                            sizes.getOrDefault(a.name(), -1L)));
                    break;
                }
            }
        }
        return findings;
    }

    static boolean ordersByRowid(PlannedStatement planned, IndexDefinition def) {
        List<List<SqlParse.ColumnRef>> orders = planned.parse().orderBys();
        if (orders.isEmpty() || orders.get(0).size() != 1) {
            return false;
        }
        String column = orders.get(0).get(0).column();
        return (column.equals("id") || column.equals("rowid")) && planned.aliases().containsValue(def.table());
    }

    static List<IndexFinding> unused(List<ExistingIndex> indexes, Map<String, Set<String>> usage,
            Map<String, PlannedStatement> plans, Map<String, Long> sizes) {
        List<IndexFinding> findings = new ArrayList<>();
        for (ExistingIndex index : indexes) {
            if (index.origin() != IndexOrigin.CREATE_INDEX || usage.containsKey(index.name().toLowerCase(Locale.ROOT))
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

    static Map<String, Long> sizes(Connection c, List<ExistingIndex> indexes) {
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
}
