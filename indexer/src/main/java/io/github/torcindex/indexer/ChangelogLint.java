package io.github.torcindex.indexer;

import io.github.torcindex.schema.ChangelogSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Refuses change types that make Liquibase rebuild a table on SQLite. For addColumn, dropColumn,
 * addNotNullConstraint, addDefaultValue, dropPrimaryKey, mergeColumns and addAutoIncrement, Liquibase's SQLite
 * support copies the table to a new one, drops the old and renames: partial-index predicates are lost and,
 * with foreign keys on, child rows are cascade-deleted. The remaining constraint changes are not supported on
 * SQLite at all. Only an allow-list passes: what SQLite does natively.
 */
final class ChangelogLint {

    /** Change types that SQLite runs natively, by their changelog element name. */
    static final Set<String> ALLOWED = Set.of("sql", "sqlFile", "createTable", "dropTable", "createIndex",
            "dropIndex", "createView", "dropView", "tagDatabase", "empty", "output", "insert", "update", "delete");

    /** One refused change. */
    record Violation(String changelog, String changeSet, String changeType, boolean inRollback) {
        @Override
        public String toString() {
            return changelog + " changeset " + changeSet + ": <" + changeType + ">" + (inRollback ? " in rollback" : "")
                    + " makes Liquibase rebuild the table on SQLite (or is unsupported there); write it as <sql> "
                    + "with an explicit <rollback>";
        }
    }

    private ChangelogLint() {
    }

    /** Parses a changelog (with its includes) under {@code root} and lists every refused change. */
    static List<Violation> check(Path root, String changelog) throws Exception {
        DatabaseChangeLog log = ChangelogSession.run(() -> {
            ResourceAccessor resources = new DirectoryResourceAccessor(root);
            return ChangeLogParserFactory.getInstance().getParser(changelog, resources)
                    .parse(changelog, new ChangeLogParameters(), resources);
        });
        return check(log);
    }

    /** Lists every refused change of a parsed changelog. */
    static List<Violation> check(DatabaseChangeLog log) {
        List<Violation> violations = new ArrayList<>();
        for (ChangeSet changeSet : log.getChangeSets()) {
            collect(changeSet, changeSet.getChanges(), false, violations);
            collect(changeSet, changeSet.getRollback().getChanges(), true, violations);
        }
        return violations;
    }

    private static void collect(ChangeSet changeSet, List<Change> changes, boolean rollback, List<Violation> out) {
        for (Change change : changes) {
            String type = change.getSerializedObjectName();
            if (!ALLOWED.contains(type)) {
                out.add(new Violation(changeSet.getFilePath(), changeSet.getId(), type, rollback));
            }
        }
    }
}
