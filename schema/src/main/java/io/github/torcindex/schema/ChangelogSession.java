package io.github.torcindex.schema;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs Liquibase the way torc-index needs it: changelogs from the class path, no console output, no
 * analytics, no waiting on a changelog lock (a stale lock is reported, see the indexer's lock check).
 *
 * <p>Every Liquibase call of torc-index goes through {@link #run(Work)} so that these settings hold for all.
 */
public final class ChangelogSession {

    /** Work to run inside a configured Liquibase scope. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Runs the work.
         *
         * @throws Exception whatever Liquibase throws; the caller of {@link #run} wraps it
         */
        T run() throws Exception;
    }

    /**
     * Liquibase writes {@code HOST#DESCRIPTION (ADDRESS)} into its lock row; with the pid as description a lock
     * left by a killed torc-index run can be recognised as stale (the indexer's LockHolder) and released
     * safely. Liquibase reads the property once, so it is set before any Liquibase class that uses it loads;
     * a description set by the user wins.
     */
    public static final String HOST_DESCRIPTION = "liquibase.hostDescription";

    static {
        if (System.getProperty(HOST_DESCRIPTION) == null) {
            System.setProperty(HOST_DESCRIPTION, "torc-index-pid-" + ProcessHandle.current().pid());
        }
    }

    private ChangelogSession() {
    }

    /**
     * Runs {@code work} inside a Liquibase scope configured for torc-index.
     *
     * @throws Exception what {@code work} throws, unchanged, so that callers can add their own context
     */
    public static <T> T run(Work<T> work) throws Exception {
        return run(new ClassLoaderResourceAccessor(ChangelogSession.class.getClassLoader()), work);
    }

    /**
     * Runs {@code work} inside a Liquibase scope configured for torc-index, reading changelogs through
     * {@code resources} (a folder of the user's, say) instead of the class path.
     *
     * @throws Exception what {@code work} throws, unchanged
     */
    public static <T> T run(ResourceAccessor resources, Work<T> work) throws Exception {
        LoggerUIService ui = new LoggerUIService();
        ui.setStandardLogLevel(Level.FINE);
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.ui.name(), ui);
        scope.put(Scope.Attr.logService.name(), new Slf4jLogService());
        scope.put(Scope.Attr.resourceAccessor.name(), resources);
        scope.put(AnalyticsArgs.ENABLED.getKey(), false);
        scope.put(AnalyticsArgs.LOG_LEVEL.getKey(), Level.FINE);
        scope.put(GlobalConfiguration.CHANGELOGLOCK_WAIT_TIME.getKey(), 0L);
        return Scope.child(scope, work::run);
    }

    /**
     * Wraps an open SQLite connection for Liquibase. Closing the returned database closes the connection, so
     * callers leave that to the owner of the connection.
     *
     * @throws TorcIndexException if Liquibase does not recognise the connection as SQLite
     */
    public static Database liquibaseDatabase(Connection connection) {
        return liquibaseDatabase(connection, new WriteLockLog());
    }

    /**
     * A view of {@code connection} whose transactions take the write lock only to write, leave a live Torc
     * server room between them, and record every hold in {@code log} (see {@link WriteOnDemandTransactions}).
     */
    public static Connection writeOnDemand(Connection connection, WriteLockLog log) {
        return WriteOnDemandTransactions.wrap(connection, log);
    }

    /**
     * Wraps an open SQLite connection for Liquibase so that its transactions take the write lock only to write,
     * leave a live Torc server room between them, and record every hold in {@code log}.
     *
     * @throws TorcIndexException if Liquibase does not recognise the connection as SQLite
     */
    public static Database liquibaseDatabase(Connection connection, WriteLockLog log) {
        try {
            return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                    new JdbcConnection(writeOnDemand(connection, log)));
        } catch (DatabaseException e) {
            throw new TorcIndexException(ErrorCode.INTERNAL,
                    "Liquibase could not use the SQLite connection: " + e.getMessage(), e);
        }
    }
}
