package io.github.torcindex.cli;

import io.github.torcindex.bench.BenchReport;
import io.github.torcindex.bench.ReportOptions;
import io.github.torcindex.bench.TorcIndex;
import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code report}: Markdown and self-contained HTML from a benchmark run, with a verdict per seed claim. */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "write report.md and report.html (charts, plans, a verdict per seed claim) from a bench run";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("in").hasArg().argName("DIR").required()
                        .desc("the --out folder of a bench run").get())
                .addOption(Option.builder().longOpt("out").hasArg().argName("DIR").required()
                        .desc("where to write the report").get());
    }

    /** The library options the command line asks for: the Maven goal builds the same record. */
    static ReportOptions toOptions(CommandLine line) {
        return new ReportOptions(CommonOptions.folderPath(line, "in"), CommonOptions.folderPath(line, "out"));
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        ReportOptions options = toOptions(line);
        TorcIndex.load().checkOutputFolder(options.out(), "--out");
        BenchReport.Written written = TorcIndex.load().report(options);
        written.verdicts().forEach(v -> out.println(String.format("%-15s %s: %s", v.verdict(), v.claim(),
                v.measured())));
        out.println("Report: " + written.html().toAbsolutePath() + " (and " + written.markdown().getFileName() + ")");
        return 0;
    }
}
