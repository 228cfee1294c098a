package io.github.torcindex.cli;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.ChangeProgress;
import io.github.torcindex.indexer.MigrateOptions;
import io.github.torcindex.indexer.MigrationReport;
import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code migrate}: brings a database to a level, phase by phase. */
final class MigrateCommand implements Command {

    static final String ALLOW_REDUNDANT = "allow-redundant";

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String summary() {
        return "apply phases 1..N (default: all); backs up first, reuses equivalent existing indexes";
    }

    @Override
    public Options options() {
        return CommonOptions.withDatabase(
                Option.builder().longOpt(CommonOptions.TO).hasArg().argName("N")
                        .desc("the level to reach: phases 1..N (default " + TorcIndex.load().maxLevel()
                                + "; 4 is phase 3 plus ANALYZE)").get(),
                Option.builder().longOpt(CommonOptions.DRY_RUN)
                        .desc("print the SQL it would run and its rollback SQL; change nothing").get(),
                Option.builder().longOpt(CommonOptions.NO_BACKUP)
                        .desc("do not back the database up first (VACUUM INTO next to it)").get(),
                Option.builder().longOpt(ALLOW_REDUNDANT)
                        .desc("also create indexes that an existing index makes redundant (a left prefix)").get(),
                CommonOptions.json());
    }

    /** The library options the command line asks for: the Maven goal builds the same record. */
    static MigrateOptions toOptions(CommandLine line) {
        return new MigrateOptions(CommonOptions.databasePath(line),
                CommonOptions.level(line, maxLevel(), maxLevel()), line.hasOption(CommonOptions.DRY_RUN),
                !line.hasOption(CommonOptions.NO_BACKUP), line.hasOption(ALLOW_REDUNDANT),
                CommonOptions.busyTimeout(line));
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        MigrationReport report;
        // Each changeset as it finishes (phase, index or table, elapsed); the summary follows.
        try (AutoCloseable progress = line.hasOption(CommonOptions.JSON) ? () -> { } : ChangeProgress.to(out::println)) {
            report = TorcIndex.load().migrate(toOptions(line));
        }
        ReportWriter.printMigration(report, line.hasOption(CommonOptions.JSON), out);
        return 0;
    }

    private static int maxLevel() {
        return TorcIndex.load().maxLevel();
    }
}
