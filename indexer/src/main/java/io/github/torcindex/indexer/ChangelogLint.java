package io.github.torcindex.indexer;

import io.github.torcindex.schema.ChangelogSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.util.StringUtil;

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

    /** Change types that only create or drop indexes, or do nothing to the database. */
    static final Set<String> INDEX_ONLY = Set.of("createIndex", "dropIndex", "tagDatabase", "empty", "output");

    /**
     * What an index-only changelog's SQL may be: index DDL and statistics, nothing that writes a table row or
     * alters a table. Matched against each statement with comments removed, upper-cased.
     */
    private static final Pattern INDEX_SQL = Pattern.compile("(CREATE (UNIQUE )?INDEX|DROP INDEX|ANALYZE|REINDEX"
            + "|PRAGMA (\\w+\\.)?OPTIMIZE)\\b.*", Pattern.DOTALL);

    /** One refused change. */
    record Violation(String changelog, String changeSet, String changeType, boolean inRollback, String reason) {

        Violation(String changelog, String changeSet, String changeType, boolean inRollback) {
            this(changelog, changeSet, changeType, inRollback, "makes Liquibase rebuild the table on SQLite (or is "
                    + "unsupported there); write it as <sql> with an explicit <rollback>");
        }

        @Override
        public String toString() {
            return changelog + " changeset " + changeSet + ": <" + changeType + ">" + (inRollback ? " in rollback" : "")
                    + " " + reason;
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

    /**
     * Lists every change of a parsed changelog that does more than create or drop indexes and update statistics:
     * change types that write rows or alter tables (insert, update, delete, createTable, ...), and SQL other than
     * CREATE INDEX, DROP INDEX, ANALYZE, REINDEX and PRAGMA optimize. What {@code apply} refuses unless the user
     * allows data changes. Must run inside a Liquibase scope that can read the changelog's sqlFile resources.
     */
    static List<Violation> checkIndexOnly(DatabaseChangeLog log) {
        List<Violation> violations = new ArrayList<>();
        for (ChangeSet changeSet : log.getChangeSets()) {
            collectIndexOnly(changeSet, changeSet.getChanges(), false, violations);
            collectIndexOnly(changeSet, changeSet.getRollback().getChanges(), true, violations);
        }
        return violations;
    }

    /** The statements of a SQL text, split on semicolons as Liquibase splits them, comments removed. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        for (String s : StringUtil.processMultiLineSQL(sql == null ? "" : sql, true, true, ";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static void collectIndexOnly(ChangeSet changeSet, List<Change> changes, boolean rollback,
            List<Violation> out) {
        for (Change change : changes) {
            String type = change.getSerializedObjectName();
            if (change instanceof AbstractSQLChange sqlChange) {
                String sql;
                try {
                    sql = sqlChange.getSql();
                } catch (RuntimeException e) {
                    out.add(new Violation(changeSet.getFilePath(), changeSet.getId(), type, rollback,
                            "could not be read (" + e.getMessage() + ")"));
                    continue;
                }
                for (String statement : statements(sql)) {
                    String words = statement.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
                    if (!INDEX_SQL.matcher(words).matches()) {
                        out.add(new Violation(changeSet.getFilePath(), changeSet.getId(), type, rollback,
                                "runs `" + abbreviate(statement) + "`, which may write table rows or alter a table; "
                                        + "only CREATE INDEX, DROP INDEX, ANALYZE, REINDEX and PRAGMA optimize are "
                                        + "applied without --allow-data-changes"));
                    }
                }
            } else if (!INDEX_ONLY.contains(type)) {
                out.add(new Violation(changeSet.getFilePath(), changeSet.getId(), type, rollback,
                        "changes tables or their rows, not only indexes; applied only with --allow-data-changes"));
            }
        }
    }

    private static String abbreviate(String statement) {
        String one = statement.replaceAll("\\s+", " ");
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
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
