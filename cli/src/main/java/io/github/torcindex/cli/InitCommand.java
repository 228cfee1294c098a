package io.github.torcindex.cli;

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
        try (TorcDatabase db = TorcDatabase.create(CommonOptions.databasePath(line))) {
            out.println("Created Torc baseline database " + db.path() + " (" + TorcDatabase.TABLES.size()
                    + " tables, SQLite " + db.sqliteVersion() + ", level 0).");
            out.println("Next: torc-index status --db " + db.path());
        }
        return 0;
    }
}
