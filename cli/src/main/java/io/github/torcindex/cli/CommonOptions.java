package io.github.torcindex.cli;

import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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
        return filePath(line, DB);
    }

    /**
     * The file path an option names. A path ending in a slash names a folder, never a file: refused here,
     * because {@link Path#of} would silently drop the slash.
     */
    static Path filePath(CommandLine line, String option) {
        String value = line.getOptionValue(option);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + option + " needs a file path");
        }
        if (value.endsWith("/") || value.endsWith(java.io.File.separator)) {
            throw new UsageException("--" + option + " " + value + " ends with a slash, so it names a folder; give "
                    + "the path of a file, such as " + value + "torc.db");
        }
        return Path.of(value);
    }

    /** The folder an option names (a trailing slash is fine here). */
    static Path folderPath(CommandLine line, String option) {
        String value = line.getOptionValue(option);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + option + " needs a folder path");
        }
        return Path.of(value);
    }

    /** The Torc schema {@code --torc-version} names, the seed baseline if it is absent. */
    static TorcSchemaVersion.Init torcVersion(CommandLine line) {
        return torcVersion(line.getOptionValue(InitCommand.TORC_VERSION, TorcSchemaVersion.Init.SEED.name()),
                "--" + InitCommand.TORC_VERSION);
    }

    /** The Torc version named {@code name}, given as {@code option}. */
    static TorcSchemaVersion.Init torcVersion(String name, String option) {
        try {
            return TorcSchemaVersion.Init.of(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** Refuses an option given more than once: which one wins would be a guess. */
    static void requireEachOnce(CommandLine line) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Option option : line.getOptions()) {
            counts.merge(option.getLongOpt() != null ? option.getLongOpt() : option.getOpt(), 1, Integer::sum);
        }
        counts.forEach((name, n) -> {
            if (n > 1) {
                throw new UsageException("--" + name + " is given " + n + " times; give it once");
            }
        });
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

    static int level(CommandLine line, int defaultLevel, int maxLevel) {
        if (!line.hasOption(TO)) {
            return defaultLevel;
        }
        long level = integer(line, TO);
        if (level < 0 || level > maxLevel) {
            throw new UsageException("--to must be a level from 0 (baseline) to " + maxLevel + " (phases 1.."
                    + maxLevel + "), not " + level);
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
