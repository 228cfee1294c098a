package io.github.torcindex.cli;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.StatusReport;
import io.github.torcindex.schema.TorcDatabase;
import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code init}: creates a new database holding the Torc baseline schema. */
final class InitCommand implements Command {

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String summary() {
        return "create a new Torc baseline database (25 tables, WAL mode); refuses an existing file";
    }

    @Override
    public Options options() {
        return new Options().addOption(Option.builder().longOpt(CommonOptions.DB).hasArg().argName("FILE")
                .required().desc("where to create the database; the file must not exist").get());
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        StatusReport created = TorcIndex.load().init(CommonOptions.databasePath(line));
        out.println("Created Torc baseline database " + created.database() + " (" + TorcDatabase.TABLES.size()
                + " tables, SQLite " + created.sqliteVersion() + ", level " + created.level() + ").");
        out.println("Next: torc-index status --db " + created.database());
        return 0;
    }
}
