package io.github.torcindex.cli;

import io.github.torcindex.bench.BenchReport;
import io.github.torcindex.bench.DemoOptions;
import io.github.torcindex.bench.DemoReport;
import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.generator.GeneratorOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code demo}: generate, benchmark quickly across levels, verify plans, report; a few minutes. */
final class DemoCommand implements Command {

    private final PrintStream progress;

    DemoCommand(PrintStream progress) {
        this.progress = progress;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "the tour: generate 20 x 10,000 jobs, quick benchmark at every level and of Torc v0.12.0 as shipped, "
                + "verify plans, write the report";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("out").hasArg().argName("DIR")
                        .desc("where to write results and the report (default ./torc-index-demo)").get())
                .addOption(Option.builder().longOpt("workflows").hasArg().argName("W")
                        .desc("workflows of 10,000 jobs (default 20)").get())
                .addOption(Option.builder().longOpt("cache").hasArg().argName("DIR")
                        .desc("where generated databases are cached (default " + BenchCommand.DEFAULT_CACHE + ")")
                        .get());
    }

    /** The options of {@code demo}, as the Maven goal builds them too. */
    static DemoOptions toOptions(CommandLine line) {
        long w = CommonOptions.number(line, "workflows", GeneratorOptions.DEFAULT_WORKFLOWS);
        if (w < 1 || w > 1000) {
            throw new UsageException("--workflows must be from 1 to 1000, not " + w);
        }
        return new DemoOptions(Path.of(line.getOptionValue("out", "torc-index-demo")).toAbsolutePath(),
                line.hasOption("cache") ? Path.of(line.getOptionValue("cache")) : BenchCommand.DEFAULT_CACHE, (int) w);
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        DemoReport demo = TorcIndex.load().demo(toOptions(line), progress);
        BenchReport.Written report = demo.report();
        out.println();
        out.printf(Locale.ROOT, "Plans (built-in catalog, 36 statements): %d with violations at level 0, %d at level 3, "
                + "%d at level 4 (phase 3 + ANALYZE)%n", demo.failingAt0(), demo.failingAt3(), demo.failingAt4());
        out.println();
        out.println("Seed claims:");
        report.verdicts().forEach(v -> out.printf(Locale.ROOT, "  %-14s %s%n                 measured: %s%n",
                v.verdict(), v.claim(), v.measured()));
        if (!report.slower().isEmpty()) {
            out.println();
            out.println("Slower with the seed's indexes:");
            report.slower().forEach(s -> out.println("  " + s));
        }
        out.println();
        demo.shippedReports().forEach(p -> out.println("Torc as shipped, with phases 3 and 4 and the advice on top: "
                + "the report's section \"Torc as shipped\", and " + p));
        out.printf(Locale.ROOT, "Report: %s (%.0f s)%n", report.html(), demo.elapsed().toNanos() / 1e9);
        return 0;
    }
}
