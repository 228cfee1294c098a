package io.github.torcindex.cli;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.StatusOptions;
import io.github.torcindex.indexer.StatusReport;
import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code status}: where each recommended index stands, and the database's level. */
final class StatusCommand implements Command {

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summary() {
        return "show the level and, per phase, per index: applied, pending, present under another name, "
                + "redundant or drifted (exit 1 on drift, a held lock or an interrupted run)";
    }

    @Override
    public Options options() {
        return CommonOptions.withDatabase(CommonOptions.json());
    }

    /** The library options the command line asks for: the Maven goal builds the same record. */
    static StatusOptions toOptions(CommandLine line) {
        return new StatusOptions(CommonOptions.databasePath(line), CommonOptions.busyTimeout(line));
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        StatusReport report = TorcIndex.load().status(toOptions(line));
        if (line.hasOption(CommonOptions.JSON)) {
            out.println(JsonOutput.of(report));
        } else {
            ReportWriter.printStatus(report, out);
        }
        return report.problems().isEmpty() ? 0 : 1;
    }
}
