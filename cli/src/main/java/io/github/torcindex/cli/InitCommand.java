package io.github.torcindex.cli;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.StatusReport;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code init}: creates a new database holding the schema of the seed baseline or of a Torc version. */
final class InitCommand implements Command {

    static final String TORC_VERSION = "torc-version";
    static final String LIST_VERSIONS = "list-versions";

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String summary() {
        return "create a new database of a Torc version's schema (--torc-version, default seed); refuses an "
                + "existing file";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt(CommonOptions.DB).hasArg().argName("FILE")
                        .desc("where to create the database; the file must not exist (required unless "
                                + "--list-versions)").get())
                .addOption(Option.builder().longOpt(TORC_VERSION).hasArg().argName("V")
                        .desc("the schema to create: " + TorcSchemaVersion.Init.ALL.stream()
                                .map(TorcSchemaVersion.Init::name).toList() + " (default seed)").get())
                .addOption(Option.builder().longOpt(LIST_VERSIONS)
                        .desc("list the schemas init can create, and the Torc versions torc-index recognises").get());
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        if (line.hasOption(LIST_VERSIONS)) {
            if (line.hasOption(CommonOptions.DB) || line.hasOption(TORC_VERSION)) {
                throw new UsageException("--list-versions takes no other option");
            }
            out.println("Schemas init --torc-version can create:");
            TorcSchemaVersion.Init.ALL.forEach(i -> out.printf(Locale.ROOT, "  %-9s %s%n", i.name(),
                    i.description()));
            out.println("Recognised in existing databases (from _sqlx_migrations): "
                    + TorcSchemaVersion.KNOWN.stream().map(k -> k.name() + " (" + k.newestMigration() + ")")
                            .collect(Collectors.joining(", ")) + "; a newer one (Torc's newest public migration is "
                    + TorcSchemaVersion.NEWEST_PUBLIC_MIGRATION + ") is worked with as it is, with a warning.");
            return 0;
        }
        if (!line.hasOption(CommonOptions.DB)) {
            throw new UsageException("missing required option --db (or give --list-versions)");
        }
        TorcSchemaVersion.Init schema = CommonOptions.torcVersion(line);
        StatusReport created = TorcIndex.load().init(CommonOptions.databasePath(line), schema);
        out.println("Created a Torc database at " + created.database() + ": " + created.torcVersion().schema()
                + ", SQLite " + created.sqliteVersion() + ", level " + created.level() + ".");
        out.println("Next: torc-index status --db " + created.database());
        return 0;
    }
}
