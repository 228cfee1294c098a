package io.github.torcindex.cli;

import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** Options that several subcommands share, and their parsing into values. */
final class CommonOptions {

    static final String DB = "db";
    static final String TO = "to";
    static final String JSON = "json";
    static final String BUSY_TIMEOUT = "busy-timeout";
    static final String DRY_RUN = "dry-run";
    static final String NO_BACKUP = "no-backup";

    private CommonOptions() {
    }

    static Option database() {
        return Option.builder().longOpt(DB).hasArg().argName("FILE").required()
                .desc("the Torc SQLite database file (never created by this command)").get();
    }

    static Option busyTimeout() {
        return Option.builder().longOpt(BUSY_TIMEOUT).hasArg().argName("MS")
                .desc("how long to wait for another connection's lock, in milliseconds (default "
                        + TorcDatabase.DEFAULT_BUSY_TIMEOUT.toMillis() + ")").get();
    }

    static Option json() {
        return Option.builder().longOpt(JSON).desc("print the result as JSON").get();
    }

    static Options withDatabase(Option... more) {
        Options options = new Options().addOption(database()).addOption(busyTimeout());
        for (Option option : more) {
            options.addOption(option);
        }
        return options;
    }

    static Path databasePath(CommandLine line) {
        String value = line.getOptionValue(DB);
        if (value == null || value.isBlank()) {
            throw new UsageException("--db needs a file path");
        }
        return Path.of(value);
    }

    static Duration busyTimeout(CommandLine line) {
        if (!line.hasOption(BUSY_TIMEOUT)) {
            return TorcDatabase.DEFAULT_BUSY_TIMEOUT;
        }
        long ms = integer(line, BUSY_TIMEOUT);
        if (ms < 0) {
            throw new UsageException("--busy-timeout must be 0 or more milliseconds, not " + ms);
        }
        return Duration.ofMillis(ms);
    }

    static int level(CommandLine line, int defaultLevel) {
        if (!line.hasOption(TO)) {
            return defaultLevel;
        }
        long level = integer(line, TO);
        if (level < 0 || level > Integer.MAX_VALUE) {
            throw new UsageException("--to must be a level from 0 upwards, not " + level);
        }
        return (int) level;
    }

    static long number(CommandLine line, String option, long defaultValue) {
        return line.hasOption(option) ? integer(line, option) : defaultValue;
    }

    private static long integer(CommandLine line, String option) {
        String value = line.getOptionValue(option);
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " needs a whole number, not '" + value + "'");
        }
    }
}
