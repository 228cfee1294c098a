package io.github.torcindex.indexer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.ChangelogSession;
import io.github.torcindex.schema.ContentDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.core.EmptyChange;
import liquibase.change.core.RawSQLChange;
import liquibase.change.core.TagDatabaseChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import liquibase.util.StringUtil;

/**
 * The recommended indexes and maintenance of every phase, read from the phase changelogs through Liquibase's
 * own parser: the changelogs are the one source of truth, and nothing here repeats them.
 */
public final class IndexCatalog {

    /** The class-path location of the master changelog that includes {@code phase-1.xml} ... {@code phase-4.xml}. */
    public static final String CHANGELOG = "io/github/torcindex/indexer/torc-index.xml";

    private static volatile IndexCatalog builtIn;

    private final DatabaseChangeLog changeLog;
    private final List<IndexPhase> phases;

    private IndexCatalog(DatabaseChangeLog changeLog, List<IndexPhase> phases) {
        this.changeLog = changeLog;
        this.phases = List.copyOf(phases);
    }

    /**
     * The catalog of the built-in changelogs, parsed once per class loader.
     *
     * @throws TorcIndexException if the changelogs can't be parsed (a broken build)
     */
    public static IndexCatalog load() {
        IndexCatalog catalog = builtIn;
        if (catalog == null) {
            synchronized (IndexCatalog.class) {
                catalog = builtIn;
                if (catalog == null) {
                    catalog = parse(CHANGELOG);
                    builtIn = catalog;
                }
            }
        }
        return catalog;
    }

    static IndexCatalog parse(String path) {
        try {
            DatabaseChangeLog log = ChangelogSession.run(() -> {
                ResourceAccessor resources = Scope.getCurrentScope().getResourceAccessor();
                return ChangeLogParserFactory.getInstance().getParser(path, resources)
                        .parse(path, new ChangeLogParameters(), resources);
            });
            return new IndexCatalog(log, phasesOf(log));
        } catch (TorcIndexException e) {
            throw e;
        } catch (Exception e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Could not read the index changelog " + path
                    + ": " + e.getMessage(), e);
        }
    }

    /** The phases, in order: phase 1 first. */
    public List<IndexPhase> phases() {
        return phases;
    }

    /** The highest level a database can be brought to (the number of the last phase). */
    public int maxLevel() {
        return phases.get(phases.size() - 1).number();
    }

    /** Every recommended index of every phase, in changelog order. */
    public List<RecommendedIndex> indexes() {
        return phases.stream().flatMap(p -> p.indexes().stream()).toList();
    }

    /**
     * A short fingerprint of what the phases do (every changeset's id, SQL and rollback SQL, in order): equal
     * for equal changelogs, so that a database migrated by other changelogs (a cached benchmark database, say)
     * can be told apart.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        for (IndexPhase phase : phases) {
            Stream.concat(phase.indexes().stream().map(RecommendedIndex::changeSet), phase.maintenance().stream())
                    .forEach(ref -> text.append(ref.id()).append('\n').append(ref.sql()).append('\n')
                            .append(ref.rollbackSql()).append('\n'));
        }
        return ContentDigest.fingerprint(text.toString());
    }

    /** The recommended index with this name, if there is one. */
    public Optional<RecommendedIndex> byName(String name) {
        return indexes().stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The parsed master changelog, for running it. */
    DatabaseChangeLog changeLog() {
        return changeLog;
    }

    private static List<IndexPhase> phasesOf(DatabaseChangeLog log) {
        Map<Integer, List<RecommendedIndex>> indexes = new TreeMap<>();
        Map<Integer, List<RecommendedIndex.ChangeSetRef>> maintenance = new TreeMap<>();
        for (ChangeSet changeSet : log.getChangeSets()) {
            Optional<Integer> phase = changeSet.getLabels() == null ? Optional.empty()
                    : changeSet.getLabels().getLabels().stream().filter(l -> l.matches("phase-\\d+"))
                            .map(l -> Integer.parseInt(l.substring("phase-".length()))).findFirst();
            if (changeSet.getChanges().stream().anyMatch(TagDatabaseChange.class::isInstance)) {
                continue;
            }
            if (phase.isEmpty()) {
                throw new IllegalStateException("changeset " + changeSet.getId() + " in " + changeSet.getFilePath()
                        + " has no phase-N label");
            }
            RecommendedIndex.ChangeSetRef ref = new RecommendedIndex.ChangeSetRef(changeSet.getId(),
                    changeSet.getAuthor(), changeSet.getFilePath(), sqlOf(changeSet.getChanges()),
                    sqlOf(changeSet.getRollback().getChanges()));
            indexes.computeIfAbsent(phase.get(), p -> new ArrayList<>());
            maintenance.computeIfAbsent(phase.get(), p -> new ArrayList<>());
            if (changeSet.getId().startsWith(RecommendedIndex.NAME_PREFIX)) {
                IndexDefinition.Named created = IndexDefinition.parse(ref.sql().get(0));
                if (ref.sql().size() != 1 || !created.name().equals(changeSet.getId())) {
                    throw new IllegalStateException("changeset " + changeSet.getId() + " must create exactly "
                            + "the index it is named after, but runs " + ref.sql());
                }
                String comment = changeSet.getComments() == null ? "" : changeSet.getComments().trim();
                indexes.get(phase.get()).add(new RecommendedIndex(created.name(), created.definition(),
                        phase.get(), ref, comment));
            } else {
                maintenance.get(phase.get()).add(ref);
            }
        }
        List<IndexPhase> phases = new ArrayList<>();
        for (Integer number : indexes.keySet()) {
            if (number != phases.size() + 1) {
                throw new IllegalStateException("phases must be numbered 1, 2, ... without gaps: " + indexes.keySet());
            }
            phases.add(new IndexPhase(number, indexes.get(number), maintenance.get(number)));
        }
        return phases;
    }

    private static List<String> sqlOf(List<Change> changes) {
        List<String> sql = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof EmptyChange) {
                continue;
            }
            if (!(change instanceof RawSQLChange raw)) {
                throw new IllegalStateException("index changelogs hold only <sql> changes, found "
                        + change.getClass().getSimpleName());
            }
            Arrays.stream(StringUtil.processMultiLineSQL(raw.getSql(), true, true, null))
                    .map(String::trim).filter(s -> !s.isEmpty()).forEach(sql::add);
        }
        return sql;
    }
}
