package io.github.torcindex.indexer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.ChangelogSession;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.WriteLockLog;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.UpdateSummaryEnum;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link IndexMigrator#apply}: a changelog of the user's, applied or rolled back with the phases' care. */
final class ChangelogApplier {

    private static final Logger LOG = LoggerFactory.getLogger(ChangelogApplier.class);

    private final Clock clock;

    ChangelogApplier(Clock clock) {
        this.clock = clock;
    }

    ApplyReport apply(ApplyOptions options) {
        long start = System.nanoTime();
        Path changelog = requireChangelog(options.changelog());
        Path folder = changelog.getParent();
        String name = changelog.getFileName().toString();
        ResourceAccessor resources = directory(folder);
        DatabaseChangeLog log = parse(resources, changelog, options.allowDataChanges());
        try (ChangeGuard guard = ChangeGuard.open(options.database(), options.dryRun(), options.busyTimeout())) {
            TorcDatabase db = guard.db();
            List<ChangeSet> applied = appliedOf(db, log.getChangeSets());
            List<ChangeSet> steps = options.rollback() ? applied : log.getChangeSets().stream()
                    .filter(c -> c.isAlwaysRun() || !applied.contains(c)).toList();
            List<ChangeSetSql> planned = sqlOf(db, resources, steps, options.rollback());
            ChangeOperation operation = options.rollback() ? ChangeOperation.APPLY_ROLLBACK : ChangeOperation.APPLY;
            WriteLockLog locks = new WriteLockLog();
            if (options.dryRun() || steps.isEmpty()) {
                return new ApplyReport(operation, db.path(), changelog, planned, options.dryRun(),
                        new ChangeFacts(Optional.empty(), steps.isEmpty() ? "nothing to do" : "dry run",
                                guard.released(), Duration.ofNanos(System.nanoTime() - start), locks.holds()));
            }
            Optional<Path> backup = guard.prepare(ChangelogHistory.read(db), options.backup(), clock);
            if (options.rollback()) {
                LiquibaseRun.run(db, locks, resources, "roll back " + changelog + " on", scope -> scope
                        .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, name)
                        .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, steps.size()),
                        RollbackCountCommandStep.COMMAND_NAME);
            } else {
                LiquibaseRun.run(db, locks, resources, "apply " + changelog + " to", scope -> scope
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, name)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF),
                        UpdateCommandStep.COMMAND_NAME);
            }
            return new ApplyReport(operation, db.path(), changelog, planned, false, new ChangeFacts(backup,
                    backup.isPresent() ? "taken before the first change" : "not asked for (--no-backup)",
                    guard.released(), Duration.ofNanos(System.nanoTime() - start), locks.holds()));
        }
    }

    private static Path requireChangelog(Path changelog) {
        Path file = changelog.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "No changelog at " + file
                    + ": the file does not exist.");
        }
        if (!Files.isRegularFile(file)) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "No changelog at " + file + ": it is not a file.");
        }
        return file;
    }

    private static ResourceAccessor directory(Path folder) {
        try {
            return new DirectoryResourceAccessor(folder);
        } catch (FileNotFoundException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read the folder " + folder + ".", e);
        }
    }

    /**
     * Parses the changelog and refuses change types that make Liquibase rebuild a table on SQLite, and, unless
     * allowed, any change that writes table rows or alters tables.
     */
    private static DatabaseChangeLog parse(ResourceAccessor resources, Path changelog, boolean allowDataChanges) {
        String name = changelog.getFileName().toString();
        DatabaseChangeLog log;
        List<ChangelogLint.Violation> violations = new ArrayList<>();
        try {
            log = ChangelogSession.run(resources, () -> {
                DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance().getParser(name, resources)
                        .parse(name, new ChangeLogParameters(), resources);
                violations.addAll(ChangelogLint.check(parsed));
                if (!allowDataChanges) {
                    violations.addAll(ChangelogLint.checkIndexOnly(parsed));
                }
                return parsed;
            });
        } catch (TorcIndexException e) {
            throw e;
        } catch (Exception e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read the changelog " + changelog + ": "
                    + LiquibaseRun.firstLine(e) + ".", e);
        }
        if (!violations.isEmpty()) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Refusing to apply " + changelog + ": "
                    + violations.get(0) + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "")
                    + ". Nothing was changed. See docs/architecture.md.");
        }
        return log;
    }

    /** The changesets of the changelog recorded in the database's history, newest first. */
    private static List<ChangeSet> appliedOf(TorcDatabase db, List<ChangeSet> changeSets) {
        Map<String, Integer> order = new HashMap<>();
        if (ChangelogHistory.hasHistory(db)) {
            try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT ID, AUTHOR, FILENAME, ORDEREXECUTED FROM " + ChangelogHistory.CHANGELOG_TABLE)) {
                while (rs.next()) {
                    order.put(rs.getString(1) + "::" + rs.getString(2) + "::" + rs.getString(3), rs.getInt(4));
                }
            } catch (SQLException e) {
                throw db.failure("read the Liquibase history (" + ChangelogHistory.CHANGELOG_TABLE + ") of", e);
            }
        }
        return changeSets.stream().filter(c -> order.containsKey(key(c)))
                .sorted(Comparator.comparingInt((ChangeSet c) -> order.get(key(c))).reversed()).toList();
    }

    private static String key(ChangeSet c) {
        return c.getId() + "::" + c.getAuthor() + "::" + c.getFilePath();
    }

    /** The SQL each changeset runs (or, rolling back, its rollback runs), generated as Liquibase would. */
    private static List<ChangeSetSql> sqlOf(TorcDatabase db, ResourceAccessor resources, List<ChangeSet> steps,
            boolean rollback) {
        try {
            return ChangelogSession.run(resources, () -> {
                Database database = ChangelogSession.liquibaseDatabase(db.connection());
                List<ChangeSetSql> out = new ArrayList<>();
                for (ChangeSet c : steps) {
                    List<String> forward = sql(c.getChanges(), database, false);
                    List<String> back = c.getRollback().getChanges().isEmpty() ? sql(c.getChanges(), database, true)
                            : sql(c.getRollback().getChanges(), database, false);
                    out.add(rollback ? new ChangeSetSql(c.getId(), c.getAuthor(), back, forward)
                            : new ChangeSetSql(c.getId(), c.getAuthor(), forward, back));
                }
                return out;
            });
        } catch (TorcIndexException e) {
            throw e;
        } catch (Exception e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot generate the SQL of a changeset: "
                    + LiquibaseRun.firstLine(e) + ".", e);
        } finally {
            // Liquibase's database object turned autocommit off; nothing was written, so end that transaction.
            try {
                db.connection().rollback();
                db.connection().setAutoCommit(true);
            } catch (SQLException e) {
                LOG.debug("Could not restore autocommit on {}", db.path(), e);
            }
        }
    }

    private static List<String> sql(List<Change> changes, Database database, boolean inverse) throws Exception {
        List<String> out = new ArrayList<>();
        for (Change change : changes) {
            if (inverse && !change.supports(database)) {
                continue;
            }
            SqlStatement[] statements = inverse ? (change.supportsRollback(database)
                    ? change.generateRollbackStatements(database) : new SqlStatement[0])
                    : change.generateStatements(database);
            for (SqlStatement statement : statements) {
                Arrays.stream(SqlGeneratorFactory.getInstance().generateSql(statement, database)).map(Sql::toSql)
                        .forEach(out::add);
            }
        }
        return out;
    }
}
