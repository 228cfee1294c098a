package io.github.torcindex.cli;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.ChangeProgress;
import io.github.torcindex.indexer.MigrationReport;
import io.github.torcindex.indexer.RollbackOptions;
import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code rollback}: returns a database to a lower level, dropping only what torc-index created. */
final class RollbackCommand implements Command {

    @Override
    public String name() {
        return "rollback";
    }

    @Override
    public String summary() {
        return "return to level N (0 = baseline); drops only indexes torc-index created";
    }

    @Override
    public Options options() {
        return CommonOptions.withDatabase(
                Option.builder().longOpt(CommonOptions.TO).hasArg().argName("N").required()
                        .desc("the level to return to (0 = baseline)").get(),
                Option.builder().longOpt(CommonOptions.DRY_RUN)
                        .desc("print the SQL it would run; change nothing").get(),
                Option.builder().longOpt(CommonOptions.NO_BACKUP)
                        .desc("do not back the database up first").get(),
                CommonOptions.json());
    }

    /** The library options the command line asks for: the Maven goal builds the same record. */
    static RollbackOptions toOptions(CommandLine line) {
        return new RollbackOptions(CommonOptions.databasePath(line), CommonOptions.level(line, 0, TorcIndex.load().maxLevel()),
                line.hasOption(CommonOptions.DRY_RUN), !line.hasOption(CommonOptions.NO_BACKUP),
                CommonOptions.busyTimeout(line));
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        MigrationReport report;
        // Each changeset as it finishes (phase, index or table, elapsed); the summary follows.
        try (AutoCloseable progress = line.hasOption(CommonOptions.JSON) ? () -> { } : ChangeProgress.to(out::println)) {
            report = TorcIndex.load().rollback(toOptions(line));
        }
        ReportWriter.printMigration(report, line.hasOption(CommonOptions.JSON), out);
        return 0;
    }
}
