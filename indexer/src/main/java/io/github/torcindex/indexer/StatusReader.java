package io.github.torcindex.indexer;

import io.github.torcindex.schema.TorcDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Works out where each recommended index stands, from the schema and the Liquibase history. */
final class StatusReader {

    private StatusReader() {
    }

    static StatusReport read(TorcDatabase database, IndexCatalog catalog) {
        ChangelogHistory history = ChangelogHistory.read(database);
        List<ExistingIndex> existing = ExistingIndex.readAll(database);
        Map<String, Set<String>> columns = columns(database);
        List<PhaseStatus> phases = new ArrayList<>();
        for (IndexPhase phase : catalog.phases()) {
            List<IndexStatus> statuses = new ArrayList<>();
            for (RecommendedIndex index : phase.indexes()) {
                Optional<String> lacking = lacking(index.definition(), columns);
                statuses.add(lacking.isPresent() ? new IndexStatus(index, IndexState.NOT_APPLICABLE, Optional.empty(),
                        history.isRecorded(index.changeSet().id()), "not applicable to this Torc schema ("
                        + database.torcVersion().schema() + "): " + lacking.get() + ".")
                        : statusOf(index, history, existing));
            }
            phases.add(new PhaseStatus(phase.number(), history.isRecorded(phase.tag()), statuses,
                    phase.maintenance().stream().map(RecommendedIndex.ChangeSetRef::id).toList()));
        }
        return new StatusReport(database.path(), database.sqliteVersion(), database.torcVersion(),
                history.level(catalog.maxLevel()),
                catalog.maxLevel(), hasStatistics(database),
                history.lock().map(l -> l.lockedBy() + " since " + l.granted()
                        + LockHolder.deadLocalTorcIndex(l.lockedBy()).map(pid -> " (stale: torc-index process " + pid
                                + " on this host is no longer running; the next migrate or rollback releases it)")
                                .orElse("")), phases);
    }

    static IndexStatus statusOf(RecommendedIndex index, ChangelogHistory history, List<ExistingIndex> existing) {
        IndexDefinition wanted = index.definition();
        Optional<ExistingIndex> own = existing.stream().filter(e -> e.name().equalsIgnoreCase(index.name()))
                .findFirst();
        // Prefer a stand-in that is not torc-index's: Torc's own index is the one that will stay.
        Optional<ExistingIndex> equivalent = existing.stream()
                .filter(e -> !e.name().equalsIgnoreCase(index.name()) && e.hasDefinition(wanted))
                .min(Comparator.comparing(ExistingIndex::isOwnedByTorcIndex));
        Optional<ExistingIndex> covering = existing.stream()
                .filter(e -> !e.name().equalsIgnoreCase(index.name()) && e.covers(wanted))
                .min(Comparator.comparing((ExistingIndex e) -> e.definition().orElseThrow().columns().size()));
        boolean recorded = history.isRecorded(index.changeSet().id());
        boolean ownMatches = own.filter(e -> e.hasDefinition(wanted)).isPresent();

        if (own.isPresent() && !ownMatches) {
            return new IndexStatus(index, IndexState.DRIFTED, Optional.empty(), recorded, index.name() + " exists but is "
                    + own.get().definition().map(Object::toString).orElse("an expression index")
                    + ", not " + wanted + "; drop it by hand, then migrate recreates it.");
        }
        if (recorded) {
            if (history.isMarkedRan(index.changeSet().id()) && equivalent.isPresent()) {
                return presentAs(index, equivalent.get(), recorded, "recorded as satisfied by " + equivalent.get().name());
            }
            Optional<ExistingIndex> torcs = equivalent.filter(e -> !e.isOwnedByTorcIndex()
                    && !e.name().toLowerCase(java.util.Locale.ROOT).startsWith("tia_"));
            if (ownMatches && torcs.isPresent()) {
                return new IndexStatus(index, IndexState.DUPLICATE_OF_TORC, torcs.map(ExistingIndex::name), recorded,
                        index.name() + " duplicates " + torcs.get().name() + ", which Torc now creates itself; "
                        + "migrate drops " + index.name() + " and records it as satisfied by " + torcs.get().name());
            }
            if (ownMatches) {
                return new IndexStatus(index, IndexState.APPLIED, Optional.empty(), recorded, "");
            }
            if (equivalent.isPresent()) {
                return presentAs(index, equivalent.get(), recorded, index.name() + " is gone but "
                        + equivalent.get().name() + " has the same definition");
            }
            return new IndexStatus(index, IndexState.DRIFTED, Optional.empty(), recorded, "recorded as applied but no index "
                    + "on " + wanted + " exists (a Torc upgrade that rebuilt " + wanted.table()
                    + " drops it); migrate recreates it.");
        }
        if (equivalent.isPresent()) {
            return presentAs(index, equivalent.get(), recorded, "migrate records it as satisfied, creating nothing");
        }
        if (ownMatches) {
            return new IndexStatus(index, IndexState.UNRECORDED, Optional.empty(), recorded, index.name()
                    + " exists but is not recorded (a run stopped in between); migrate records it.");
        }
        if (covering.isPresent()) {
            ExistingIndex c = covering.get();
            return new IndexStatus(index, IndexState.REDUNDANT, Optional.of(c.name()), recorded, c.name() + " on "
                    + c.definition().orElseThrow() + " serves every lookup on " + wanted + ". Not fully: an index "
                    + "on " + wanted + " is also ordered by rowid, so `WHERE " + wanted.columns().get(0)
                    + " = ? ORDER BY id` avoids a sort with it and not with " + c.name()
                    + ". Skipped unless --allow-redundant.");
        }
        return new IndexStatus(index, IndexState.PENDING, Optional.empty(), recorded, "");
    }

    /** What the database lacks for {@code wanted}: its table, or columns of it. */
    private static Optional<String> lacking(IndexDefinition wanted, Map<String, Set<String>> columns) {
        Set<String> present = columns.get(wanted.table().toLowerCase(Locale.ROOT));
        if (present == null) {
            return Optional.of("it has no table " + wanted.table());
        }
        List<String> missing = wanted.columns().stream().filter(c -> !present.contains(c.toLowerCase(Locale.ROOT)))
                .toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("table " + wanted.table() + " has no column "
                + String.join(", ", missing));
    }

    /** The tables of the database (lower case) and their columns (lower case). */
    static Map<String, Set<String>> columns(TorcDatabase database) {
        Map<String, Set<String>> columns = new HashMap<>();
        try (Statement st = database.connection().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT m.name, c.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table'")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), t -> new HashSet<>())
                        .add(rs.getString(2).toLowerCase(Locale.ROOT));
            }
            return columns;
        } catch (SQLException e) {
            throw database.failure("read the columns of the tables of", e);
        }
    }

    private static IndexStatus presentAs(RecommendedIndex index, ExistingIndex standIn, boolean recorded,
            String note) {
        return new IndexStatus(index, IndexState.PRESENT_UNDER_OTHER_NAME, Optional.of(standIn.name()), recorded,
                standIn.name() + " provides " + index.definition() + "; " + note + ".");
    }

    private static boolean hasStatistics(TorcDatabase database) {
        try (Statement st = database.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")) {
            return rs.next();
        } catch (SQLException e) {
            throw database.failure("look for statistics in", e);
        }
    }
}
