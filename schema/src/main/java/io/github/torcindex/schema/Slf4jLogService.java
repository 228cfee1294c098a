package io.github.torcindex.schema;

import java.util.logging.Level;
import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;
import org.slf4j.LoggerFactory;

/** Routes Liquibase's own logging to SLF4J, so that library code never writes to standard streams. */
final class Slf4jLogService extends AbstractLogService {

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public Logger getLog(Class clazz) {
        return new Slf4jLogger(LoggerFactory.getLogger(clazz));
    }

    private static final class Slf4jLogger extends AbstractLogger {
        private final org.slf4j.Logger delegate;

        Slf4jLogger(org.slf4j.Logger delegate) {
            this.delegate = delegate;
        }

        @Override
        public void log(Level level, String message, Throwable e) {
            int value = level.intValue();
            if (value >= Level.SEVERE.intValue()) {
                // torc-index reports the failure itself (a TorcIndexException with the database and the action),
                // and some are expected (a busy database); Liquibase's own view of it is detail, not an error.
                delegate.warn(message);
                if (e != null) {
                    delegate.debug(message, e);
                }
            } else if (value >= Level.WARNING.intValue()) {
                delegate.warn(message);
                if (e != null) {
                    delegate.debug(message, e);
                }
            } else if (value >= Level.INFO.intValue()) {
                // Liquibase reports every statement and changeset at INFO: that is debug detail for us.
                delegate.debug(message, e);
            } else {
                delegate.trace(message, e);
            }
        }
    }
}
